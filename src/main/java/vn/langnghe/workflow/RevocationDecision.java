package vn.langnghe.workflow;

/** The leader's answer on a proposed revocation; the reason is required either way. */
public record RevocationDecision(Outcome outcome, String reason) implements TaskDecision {

    public enum Outcome {
        REVOKE,
        KEEP
    }

    @Override
    public Step step() {
        return Step.REVOCATION_DECISION;
    }
}
