package vn.hcc.dashboard.api;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.hcc.dashboard.base.FieldValidationException;

/** The API controllers' refusals as the API's JSON error, in Vietnamese. */
@RestControllerAdvice(assignableTypes = {DossierApiController.class, FiguresApiController.class})
class ApiExceptionHandler {

    private final ApiMessages messages;

    ApiExceptionHandler(ApiMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<ApiErrors> refused(ApiRefusal e) {
        return ResponseEntity.status(e.status).body(ApiErrors.of(e.field, messages.get(e.key, e.args)));
    }

    /** Not JSON, not an array of objects, or a body that went past the limit while it was read. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedBodyRequest.TooLarge) {
                return ResponseEntity.status(413).body(ApiErrors.of(messages.get("api.error.too-large-chunked")));
            }
        }
        return ResponseEntity.badRequest().body(ApiErrors.of(messages.get("api.error.malformed-json")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiErrors> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of(e.getParameterName(),
                messages.get("validation.required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiErrors> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of(e.getName(), messages.get("api.error.bad-param")));
    }

    @ExceptionHandler(FieldValidationException.class)
    ResponseEntity<ApiErrors> invalid(FieldValidationException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of(e.field(), messages.get(e.messageKey(), e.args())));
    }

    /** A service's permission check: the key lacks the scope (the controllers check first; this is the backstop). */
    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<ApiErrors> denied(AuthorizationDeniedException e) {
        return ResponseEntity.status(403).body(ApiErrors.of(messages.get("api.error.forbidden")));
    }
}
