package vn.langnghe.common;

/**
 * The record does not exist, or the caller may not see it: both answer the same, so nobody learns
 * that another commune's dossier exists by guessing its id.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
