package vn.langnghe.workflow;

import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.identity.SignedInUser;

/**
 * How one {@link Step} is completed, for the screens and the API alike. {@link Inbox#complete} has already
 * locked the task's record, read the task again and made sure it is the user's; the handler checks the decision,
 * writes the domain rows and then completes the engine's task, all in that one transaction.
 */
interface StepHandler<D extends TaskDecision> {

    Step step();

    /** The step's decision from the API's one-shape form. */
    D read(TaskForm form);

    void complete(SignedInUser user, WorkItem item, D decision);

    /** Refuses a decision whose outcome was not chosen, with the message on the outcome field. */
    static void requireOutcome(Object outcome) {
        if (outcome == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
    }
}
