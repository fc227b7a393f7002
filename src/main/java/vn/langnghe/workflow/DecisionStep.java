package vn.langnghe.workflow;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.decision.RecognitionDecisions;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.identity.SignedInUser;

/** The leader approves (decision, certificate, registry) or rejects (with a reason) a recommended dossier. */
@Component
class DecisionStep implements StepHandler<LeaderDecision> {

    private final RecognitionDecisions decisions;
    private final DossierProgress progress;
    private final TaskService tasks;

    DecisionStep(RecognitionDecisions decisions, DossierProgress progress, TaskService tasks) {
        this.decisions = decisions;
        this.progress = progress;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.DECISION;
    }

    @Override
    public LeaderDecision read(TaskForm form) {
        return new LeaderDecision(form.outcome(LeaderDecision.Outcome.class), form.reason());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, LeaderDecision decision) {
        StepHandler.requireOutcome(decision.outcome());
        if (decision.outcome() == LeaderDecision.Outcome.APPROVE) {
            decisions.approve(user, item.dossierId());
        } else {
            decisions.reject(user, item.dossierId(), decision.reason());
        }
        progress.flush();
        tasks.complete(item.taskId(), Map.of("decision", decision.outcome().name()));
    }
}
