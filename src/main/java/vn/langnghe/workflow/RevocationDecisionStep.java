package vn.langnghe.workflow;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.decision.RevocationDecisions;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.RegistryReviews;

/** The leader revokes (numbered decision, PDF, registry entry revoked) or keeps the title, with a reason. */
@Component
class RevocationDecisionStep implements StepHandler<RevocationDecision> {

    private final RevocationDecisions revocations;
    private final RegistryReviews reviews;
    private final TaskService tasks;

    RevocationDecisionStep(RevocationDecisions revocations, RegistryReviews reviews, TaskService tasks) {
        this.revocations = revocations;
        this.reviews = reviews;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.REVOCATION_DECISION;
    }

    @Override
    public RevocationDecision read(TaskForm form) {
        return new RevocationDecision(form.outcome(RevocationDecision.Outcome.class), form.reason());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, RevocationDecision decision) {
        StepHandler.requireOutcome(decision.outcome());
        if (decision.outcome() == RevocationDecision.Outcome.REVOKE) {
            revocations.revoke(user, item.entryId(), decision.reason());
        } else {
            reviews.keep(user.username(), item.entryId(), decision.reason());
        }
        tasks.complete(item.taskId(), Map.of("decision", decision.outcome().name()));
    }
}
