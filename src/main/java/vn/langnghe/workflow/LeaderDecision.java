package vn.langnghe.workflow;

/** The leader's answer: approve, or reject with a reason the commune sees. */
public record LeaderDecision(Outcome outcome, String reason) {

    public enum Outcome {
        APPROVE,
        REJECT
    }
}
