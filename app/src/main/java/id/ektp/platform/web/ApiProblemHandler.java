package id.ektp.platform.web;

import id.ektp.platform.domain.DomainException;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns every error of a request under {@code /api/} into an RFC 7807 problem that names the field and
 * the reason, and never leaks internals. Requests of the officer UI are left to the normal error pages:
 * re-throwing hands the exception on to the next resolver (and to Spring Security's filters).
 *
 * <p>Ordered just after {@code HIGHEST_PRECEDENCE}: a module's own advice (scoped to its controllers and
 * ordered {@code HIGHEST_PRECEDENCE}) answers first; this one answers whatever that leaves, before Spring
 * Boot's generic problem handler (order 0), which does not name fields.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
    ResponseEntity<ProblemDetail> invalidBody(BindException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        List<FieldProblem> errors = new ArrayList<>();
        ex.getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), reason(e.getDefaultMessage()))));
        ex.getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(), reason(e.getDefaultMessage()))));
        return invalid(request, "The request has invalid fields.", errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> errors.add(new FieldProblem(
                r.getMethodParameter().getParameterName(), reason(e.getDefaultMessage())))));
        return invalid(request, "The request has invalid parameters.", errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid(request, "The request has invalid fields.", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameterType(MethodArgumentTypeMismatchException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        if (ex.getCause() instanceof TextInput.ControlCharacterInParameter refused) {
            return invalid(request, "A parameter has a wrong value.", List.of(new FieldProblem(ex.getName(), refused.getMessage())));
        }
        Class<?> type = ex.getRequiredType();
        String reason = type != null && type.isEnum()
                ? "must be one of " + allowed(type)
                : "is not a valid " + (type == null ? "value" : type.getSimpleName());
        return invalid(request, "A parameter has a wrong value.", List.of(new FieldProblem(ex.getName(), reason)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        Throwable cause = ex.getCause();
        if (tooLarge(ex) instanceof BodyTooLargeException tle) {
            return respond(request, RequestBodyLimitFilter.tooLarge(tle.limit()));
        }
        if (cause instanceof ControlCharacterInTextException cce) {
            return invalid(request, "A field has a wrong value.", List.of(new FieldProblem(path(cce), cce.reason())));
        }
        if (cause instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidInputException iie) {
            return invalid(request, "The request has invalid fields.", iie.problems());
        }
        if (cause instanceof UnrecognizedPropertyException upe) {
            return invalid(request, "The body has an unknown field.",
                    List.of(new FieldProblem(path(upe), "is not a known field")));
        }
        if (cause instanceof InvalidFormatException ife && ife.getTargetType() != null) {
            Class<?> type = ife.getTargetType();
            String reason = type.isEnum() ? "must be one of " + allowed(type)
                    : Temporal.class.isAssignableFrom(type) ? "is not a valid " + type.getSimpleName() + " (ISO 8601, e.g. 2001-08-17)"
                    : "is not a valid " + type.getSimpleName();
            return invalid(request, "A field has a wrong value.", List.of(new FieldProblem(path(ife), reason)));
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String expected = mie.getTargetType() == null ? "another type" : mie.getTargetType().getSimpleName();
            return invalid(request, "A field has a wrong type.",
                    List.of(new FieldProblem(path(mie), "has the wrong type, expected " + expected)));
        }
        if (cause instanceof JsonProcessingException) {
            return invalid(request, "The body is not valid JSON.", List.of(new FieldProblem("body", "is not valid JSON")));
        }
        return invalid(request, "The request body is missing or unreadable.",
                List.of(new FieldProblem("body", "is missing or unreadable")));
    }

    /** The one mapping of the domain's refusals onto problems; {@link DomainErrorPages} does it for the pages. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        return respond(request, switch (ex.kind()) {
            case INVALID_INPUT -> Problems.invalidInput("The request has invalid fields.", ((InvalidInputException) ex).problems());
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage());
        });
    }

    /** Multipart bodies are parsed by the servlet container, which applies the import limit itself. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        return respond(request, RequestBodyLimitFilter.tooLarge(ex.getMaxUploadSize()));
    }

    /**
     * A unique key that a concurrent request took between a service's check and its insert. Services
     * lock what they can; this is the last guard, so that a race is a clear 409 and never a 500.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicateKey(DuplicateKeyException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        log.info("Duplicate key on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMostSpecificCause().getMessage());
        return respond(request, Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The record clashes with one stored at the same moment; nothing was stored."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        return respond(request, Problems.forbidden());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        return respond(request, ex instanceof LockedException ? Problems.locked() : Problems.unauthorized());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) throws Exception {
        apiOnly(request, ex);
        if (tooLarge(ex) instanceof BodyTooLargeException tle) {
            return respond(request, RequestBodyLimitFilter.tooLarge(tle.limit()));
        }
        if (ex instanceof ErrorResponse er) {
            ProblemDetail body = er.getBody();
            return ResponseEntity.status(er.getStatusCode()).headers(er.getHeaders()).body(withInstance(request, body));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(request, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; the error has been logged."));
    }

    /** Re-throws for the officer UI, so that only API requests are answered with problems. */
    private static void apiOnly(HttpServletRequest request, Exception ex) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw ex;
        }
    }

    private static ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, String detail, List<FieldProblem> errors) {
        return respond(request, Problems.invalidInput(detail, errors));
    }

    private static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(withInstance(request, problem));
    }

    private static ProblemDetail withInstance(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static String path(JsonMappingException ex) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** The {@link BodyTooLargeException} among the causes, however deep a reader wrapped it, or null. */
    private static Throwable tooLarge(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return t;
            }
        }
        return null;
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String reason(String message) {
        return message == null ? "is invalid" : message;
    }
}
