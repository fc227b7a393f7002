package vn.langnghe.common;

/**
 * The action does not fit the record's current state (already submitted, changed by someone else, done by another
 * hand a moment ago, …): a refusal that says what happened, in the message {@code messageKey} with its arguments.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
