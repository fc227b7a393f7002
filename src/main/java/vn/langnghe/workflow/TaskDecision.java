package vn.langnghe.workflow;

/** What a user decided on a task of one {@link Step}; {@link Inbox#complete} carries it out. */
public sealed interface TaskDecision permits IntakeDecision, AppraisalDecision, DistrictOpinion, VoteDecision,
        LeaderDecision, RegistryReviewDecision, CommuneAnswer, RevocationDecision {

    /** The step this decision completes; a task of another step refuses it. */
    Step step();
}
