package vn.langnghe.workflow;

/** The leader's answer on a proposed revocation; the reason is required either way. */
public record RevocationDecision(Outcome outcome, String reason) {

    public enum Outcome {
        REVOKE,
        KEEP
    }
}
