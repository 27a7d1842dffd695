package id.ektp.identification.web;

import id.ektp.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Central's own refusals as RFC 7807 problems with their type and reason; the platform's handler answers the rest. */
@RestControllerAdvice(basePackages = "id.ektp.identification", annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentificationProblems {

    @ExceptionHandler(IdentificationRefusal.class)
    ResponseEntity<ProblemDetail> refused(IdentificationRefusal refusal, HttpServletRequest request) {
        ProblemDetail detail = Problems.of(HttpStatus.CONFLICT, refusal.slug(), "Refused",
                refusal.problem().field() + ": " + refusal.problem().reason());
        detail.setProperty("errors", List.of(refusal.problem()));
        detail.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(detail);
    }
}
