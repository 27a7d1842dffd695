package id.ektp.registry;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * RFC 7807 answers of the registry API: every 400 names the field ({@code field}) and the reason
 * ({@code reason}); a resident outside the officer's region is 404, exactly like one that does not
 * exist. Access refusals are left to Spring Security (401/403).
 */
@RestControllerAdvice(assignableTypes = {ResidentApi.class, RegionApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryProblems {

    @ExceptionHandler(RegistryException.class)
    ProblemDetail invalid(RegistryException e) {
        return badRequest(e.field(), e.reason());
    }

    @ExceptionHandler(ResidentNotFoundException.class)
    ProblemDetail notFound(ResidentNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Resident not found");
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> errors = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(f -> f.getField(), f -> String.valueOf(f.getDefaultMessage()), (a, b) -> a + "; " + b,
                        java.util.TreeMap::new));
        String field = errors.keySet().iterator().next();
        ProblemDetail problem = badRequest(field, errors.get(field));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String reason = "has an unreadable value";
            if (mapping instanceof InvalidFormatException format) {
                Class<?> target = format.getTargetType();
                if (target != null && target.isEnum()) {
                    reason = "'" + format.getValue() + "' is not one of " + List.of(target.getEnumConstants());
                } else if (target == java.time.LocalDate.class) {
                    reason = "'" + format.getValue() + "' is not a real date (yyyy-mm-dd)";
                } else {
                    reason = "'" + format.getValue() + "' is not a valid " + (target == null ? "value" : target.getSimpleName());
                }
            }
            return badRequest(field, reason);
        }
        return badRequest("body", "the request body is not valid JSON");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String reason = type != null && type.isEnum()
                ? "'" + e.getValue() + "' is not one of " + List.of(type.getEnumConstants())
                : "'" + e.getValue() + "' is not a valid value";
        return badRequest(e.getName(), reason);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName(), "is required");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return badRequest(e.getRequestPartName(), "is required");
    }

    private static ProblemDetail badRequest(String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + reason);
        problem.setTitle("Invalid input");
        problem.setProperty("field", field);
        problem.setProperty("reason", reason);
        return problem;
    }
}
