package vn.langnghe.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.dossier.ReviewStage;
import vn.langnghe.identity.SignedInUser;

/** Intake: accepted as valid (the statutory clock starts), or returned to the commune with a reason and a deadline. */
@Component
class IntakeStep implements StepHandler<IntakeDecision> {

    private final DossierProgress progress;
    private final TaskService tasks;

    IntakeStep(DossierProgress progress, TaskService tasks) {
        this.progress = progress;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.INTAKE;
    }

    @Override
    public IntakeDecision read(TaskForm form) {
        return new IntakeDecision(form.outcome(IntakeDecision.Outcome.class), form.reason(), form.deadlineDays());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, IntakeDecision decision) {
        StepHandler.requireOutcome(decision.outcome());
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", decision.outcome().name());
        if (decision.outcome() == IntakeDecision.Outcome.ACCEPT) {
            progress.accept(user.username(), item.dossierId());
        } else {
            LocalDate deadline = progress.returnForSupplement(user.username(), item.dossierId(), ReviewStage.INTAKE,
                    decision.reason(), decision.deadlineDays());
            variables.put("returnedFrom", ReviewStage.INTAKE.name());
            variables.put("supplementDeadline", VietnamTime.endOf(deadline));
        }
        progress.flush();
        tasks.complete(item.taskId(), variables);
    }
}
