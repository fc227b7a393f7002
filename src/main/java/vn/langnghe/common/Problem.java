package vn.langnghe.common;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

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

    /** Bean Validation's findings as problems: the property path as field, the "{key}" template as key. */
    public static List<Problem> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> of(v.getPropertyPath().toString(), key(v.getMessageTemplate()))).toList();
    }

    /** "{dossier.error.title}" → "dossier.error.title". */
    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
