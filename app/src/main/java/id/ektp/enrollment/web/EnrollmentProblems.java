package id.ektp.enrollment.web;

import id.ektp.enrollment.signing.QrRefusedException;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.NotFoundException;
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

/**
 * The enrollment API's own refusals as RFC 7807 problems; scoped to this module's REST controllers,
 * ahead of the platform's handler, which answers everything else (validation, 403, 404).
 */
@RestControllerAdvice(basePackages = "id.ektp.enrollment", annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnrollmentProblems {

    private final NotFoundAudit notFound;

    EnrollmentProblems(NotFoundAudit notFound) {
        this.notFound = notFound;
    }

    /** The platform's 404 problem, audited first (see {@link NotFoundAudit}). */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        notFound.record(e, request.getRequestURI());
        ProblemDetail detail = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        detail.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(detail);
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request) {
        return respond(request, refusal.status(), refusal.slug(), "Refused", refusal.problem());
    }

    @ExceptionHandler(QrRefusedException.class)
    ResponseEntity<ProblemDetail> qrRefused(QrRefusedException e, HttpServletRequest request) {
        FieldProblem problem = FieldProblem.of("qr", e.refusal().messageCode(), "the QR " + e.refusal().reason(), e.kecamatanCode());
        ResponseEntity<ProblemDetail> answer = respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "summons-refused", "Summons refused", problem);
        answer.getBody().setProperty("refusal", e.refusal().name());
        return answer;
    }

    private static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, HttpStatus status, String slug, String title,
            FieldProblem problem) {
        ProblemDetail detail = Problems.of(status, slug, title, problem.field() + ": " + problem.reason());
        detail.setProperty("errors", List.of(problem));
        detail.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).body(detail);
    }
}
