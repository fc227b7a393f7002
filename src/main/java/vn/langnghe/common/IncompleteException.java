package vn.langnghe.common;

import java.util.List;

/** Something required before this action is missing; the list says what. */
public class IncompleteException extends InvalidInputException {

    public IncompleteException(List<Problem> missing) {
        super(missing);
    }
}
