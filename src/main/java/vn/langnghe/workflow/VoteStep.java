package vn.langnghe.workflow;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.identity.SignedInUser;

/**
 * A council member's ballot. The round is locked, so ballots of one round are cast one after the other: each
 * counts, and the last one closes the round (CouncilRoundProcess) exactly once.
 */
@Component
class VoteStep implements StepHandler<VoteDecision> {

    private final CouncilService council;
    private final TaskService tasks;

    VoteStep(CouncilService council, TaskService tasks) {
        this.council = council;
        this.tasks = tasks;
    }

    @Override
    public Step step() {
        return Step.COUNCIL_VOTE;
    }

    @Override
    public VoteDecision read(TaskForm form) {
        return new VoteDecision(form.outcome(VoteOutcome.class), form.opinion(), form.remarks());
    }

    @Override
    public void complete(SignedInUser user, WorkItem item, VoteDecision decision) {
        StepHandler.requireOutcome(decision.outcome());
        council.recordVote(item.roundId(), item.dossierId(), user.username(), decision.outcome(), decision.opinion(),
                decision.remarks());
        tasks.complete(item.taskId());
    }
}
