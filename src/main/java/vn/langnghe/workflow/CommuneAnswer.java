package vn.langnghe.workflow;

/** The commune's answer to the reviewer's question on a flagged village. */
public record CommuneAnswer(String answer) implements TaskDecision {

    @Override
    public Step step() {
        return Step.COMMUNE_EXPLANATION;
    }
}
