package vn.langnghe.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.DatabaseOutage;
import vn.langnghe.common.IncompleteException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;

/** Turns every refusal into a clear message in the caller's language, never a 500 with a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiErrors> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(errors(e.problems()));
    }

    /** Submitting an incomplete dossier: 422 with everything that is missing. */
    @ExceptionHandler(IncompleteException.class)
    ResponseEntity<ApiErrors> incomplete(IncompleteException e) {
        return ResponseEntity.unprocessableEntity().body(errors(e.problems()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiErrors> invalid(MethodArgumentNotValidException e) {
        List<ApiErrors.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiErrors.FieldError(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(new ApiErrors(errors));
    }

    /** Malformed JSON, or a value of the wrong kind (text for a number, an unknown title). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            String allowed = format.getTargetType().isEnum()
                    ? Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    : null;
            return ResponseEntity.badRequest().body(ApiErrors.of(path(format),
                    allowed == null ? text("api.error.wrongType") : text("api.error.notOneOf", allowed)));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(ApiErrors.of(path(mapping), text("api.error.wrongType")));
        }
        return ResponseEntity.badRequest().body(ApiErrors.of(null, text("api.error.malformedJson")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiErrors> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ApiErrors.of(null, text("api.error.mediaType", String.valueOf(e.getSupportedMediaTypes()))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiErrors> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiErrors.of(null, text("api.error.method")));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiErrors> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : e instanceof MissingServletRequestPartException p ? p.getRequestPartName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return ResponseEntity.badRequest().body(ApiErrors.of(name, text("api.error.parameter")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiErrors> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(ApiErrors.of("file", text("attachment.error.TOO_LARGE")));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiErrors> notFound(NotFoundException e, HttpServletRequest request) {
        refused("not found", request);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.of(null, text("api.error.notFound")));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiErrors> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiErrors.of(null, text(e.messageKey(), e.arguments())));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiErrors> forbidden(AccessDeniedException e, HttpServletRequest request) {
        refused("forbidden", request);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiErrors.of(null, text("api.error.forbidden")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiErrors> unexpected(Exception e) {
        if (DatabaseOutage.causes(e)) {
            log.warn("Database unreachable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(ApiErrors.of(null, text("api.error.databaseUnavailable")));
        }
        log.error("Unexpected API failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiErrors.of(null, text("api.error.unexpected")));
    }

    /** Refused access is logged with who, what and when (the log line's time), for the audit. */
    private static void refused(String answer, HttpServletRequest request) {
        String user = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        log.warn("Access refused ({}): user={} {} {}", answer, user, request.getMethod(), request.getRequestURI());
    }

    private ApiErrors errors(List<Problem> problems) {
        return new ApiErrors(problems.stream()
                .map(p -> new ApiErrors.FieldError(p.field(), text(p.messageKey(), p.argumentArray()))).toList());
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
