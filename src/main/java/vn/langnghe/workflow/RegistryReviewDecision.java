package vn.langnghe.workflow;

/**
 * The reviewer's answer on a flagged village: clear it (with the reason), propose revocation to the leader
 * (with the reason), or ask its commune (with the question in {@code text}).
 */
public record RegistryReviewDecision(Outcome outcome, String text) implements TaskDecision {

    public enum Outcome {
        CLEAR,
        CONFIRM,
        ASK_COMMUNE
    }

    @Override
    public Step step() {
        return Step.REGISTRY_REVIEW;
    }
}
