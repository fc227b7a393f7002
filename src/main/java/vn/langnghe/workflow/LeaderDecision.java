package vn.langnghe.workflow;

/** The leader's answer: approve, or reject with a reason the commune sees. */
public record LeaderDecision(Outcome outcome, String reason) implements TaskDecision {

    public enum Outcome {
        APPROVE,
        REJECT
    }

    @Override
    public Step step() {
        return Step.DECISION;
    }
}
