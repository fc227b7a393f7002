package vn.langnghe.common;

import java.util.List;

/**
 * One thing wrong with the input: the field it concerns (a JSON path such as {@code production[1].year},
 * or {@code null} for the whole request) and a message key with its arguments.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
