package vn.langnghe.workflow;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.identity.SignedInUser;

/** The optional district step: a written opinion, then intake. */
@Component
class DistrictStep implements StepHandler<DistrictOpinion> {

    private final DossierProgress progress;
    private final TaskService tasks;

    DistrictStep(DossierProgress progress, TaskService tasks) {
        this.progress = progress;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.DISTRICT_APPRAISAL;
    }

    @Override
    public DistrictOpinion read(TaskForm form) {
        return new DistrictOpinion(form.opinion());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, DistrictOpinion decision) {
        if (decision.opinion() == null || decision.opinion().isBlank()) {
            throw new InvalidInputException(Problem.of("opinion", "review.error.opinion"));
        }
        progress.districtAppraised(user.username(), item.dossierId(), decision.opinion().strip());
        progress.flush();
        tasks.complete(item.taskId());
    }
}
