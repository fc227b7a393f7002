package vn.langnghe.workflow;

/** The intake check's outcome: accept as valid, or return for supplement with a reason and a deadline. */
public record IntakeDecision(Outcome outcome, String reason, Integer deadlineDays) implements TaskDecision {

    public enum Outcome {
        ACCEPT,
        RETURN
    }

    @Override
    public Step step() {
        return Step.INTAKE;
    }
}
