package vn.langnghe.workflow;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.RegistryReviews;

/**
 * The reviewer clears a flagged village (recognised again, the procedure ends), proposes revocation to the
 * leader, or asks its commune; each with a written reason or question.
 */
@Component
class RegistryReviewStep implements StepHandler<RegistryReviewDecision> {

    private final RegistryReviews reviews;
    private final TaskService tasks;

    RegistryReviewStep(RegistryReviews reviews, TaskService tasks) {
        this.reviews = reviews;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.REGISTRY_REVIEW;
    }

    @Override
    public RegistryReviewDecision read(TaskForm form) {
        return new RegistryReviewDecision(form.outcome(RegistryReviewDecision.Outcome.class), form.reason());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, RegistryReviewDecision decision) {
        StepHandler.requireOutcome(decision.outcome());
        switch (decision.outcome()) {
            case CLEAR -> reviews.clear(user.username(), item.entryId(), decision.text());
            case CONFIRM -> reviews.propose(user.username(), item.entryId(), decision.text());
            case ASK_COMMUNE -> reviews.askCommune(user.username(), item.entryId(), decision.text());
        }
        tasks.complete(item.taskId(), Map.of("outcome", decision.outcome().name()));
    }
}
