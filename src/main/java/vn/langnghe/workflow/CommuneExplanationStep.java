package vn.langnghe.workflow;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.RegistryReviews;

/** The village's commune answers the reviewer's question; the review task comes back. */
@Component
class CommuneExplanationStep implements StepHandler<CommuneAnswer> {

    private final RegistryReviews reviews;
    private final TaskService tasks;

    CommuneExplanationStep(RegistryReviews reviews, TaskService tasks) {
        this.reviews = reviews;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.COMMUNE_EXPLANATION;
    }

    @Override
    public CommuneAnswer read(TaskForm form) {
        return new CommuneAnswer(form.answer());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, CommuneAnswer decision) {
        reviews.communeAnswered(user.username(), item.entryId(), decision.answer());
        tasks.complete(item.taskId());
    }
}
