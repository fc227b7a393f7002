package vn.langnghe.workflow;

import java.util.List;
import java.util.Map;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.review.CriterionFinding;

/**
 * A completion as a one-stop system sends it, one shape for every step: which fields count depends on the task's
 * step, whose handler reads them into its {@link TaskDecision}.
 */
public record TaskForm(String outcome, String reason, Integer deadlineDays, List<CriterionFinding> findings,
        String opinion, Map<String, String> remarks, String answer) {

    /** The outcome as one of the step's choices; refused with a message on the field when it is none of them. */
    <E extends Enum<E>> E outcome(Class<E> choices) {
        try {
            return Enum.valueOf(choices, outcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
    }
}
