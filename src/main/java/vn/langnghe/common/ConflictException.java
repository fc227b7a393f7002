package vn.langnghe.common;

/** The action does not fit the record's current state (already submitted, changed by someone else, …). */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
