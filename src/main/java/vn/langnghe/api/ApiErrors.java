package vn.langnghe.api;

import java.util.List;

/** The body of every refused request: {@code {"errors": [{"field": ..., "message": ...}]}}. */
public record ApiErrors(List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    static ApiErrors of(String field, String message) {
        return new ApiErrors(List.of(new FieldError(field, message)));
    }
}
