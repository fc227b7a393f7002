package vn.langnghe.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.dossier.ReviewStage;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.review.AppraisalService;
import vn.langnghe.review.Recommendation;

/** Appraisal: findings and an opinion, with a recommendation for the council or a request for supplement. */
@Component
class AppraisalStep implements StepHandler<AppraisalDecision> {

    private final DossierProgress progress;
    private final AppraisalService appraisals;
    private final TaskService tasks;

    AppraisalStep(DossierProgress progress, AppraisalService appraisals, TaskService tasks) {
        this.progress = progress;
        this.appraisals = appraisals;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.APPRAISAL;
    }

    @Override
    public AppraisalDecision read(TaskForm form) {
        return new AppraisalDecision(form.outcome(AppraisalDecision.Outcome.class), form.findings(), form.opinion(),
                form.deadlineDays());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, AppraisalDecision decision) {
        StepHandler.requireOutcome(decision.outcome());
        Dossier dossier = progress.lock(item.dossierId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", decision.outcome().name());
        if (decision.outcome() == AppraisalDecision.Outcome.REQUEST_SUPPLEMENT) {
            appraisals.record(dossier, user.username(), null, decision.findings(), decision.opinion());
            LocalDate deadline = progress.returnForSupplement(user.username(), item.dossierId(), ReviewStage.APPRAISAL,
                    decision.opinion(), decision.deadlineDays());
            variables.put("returnedFrom", ReviewStage.APPRAISAL.name());
            variables.put("supplementDeadline", VietnamTime.endOf(deadline));
        } else {
            boolean recommended = decision.outcome() == AppraisalDecision.Outcome.RECOMMEND;
            appraisals.record(dossier, user.username(),
                    recommended ? Recommendation.RECOMMEND : Recommendation.NOT_RECOMMEND, decision.findings(),
                    decision.opinion());
            progress.awaitCouncil(user.username(), item.dossierId(), recommended, decision.opinion());
        }
        progress.flush();
        tasks.complete(item.taskId(), variables);
    }
}
