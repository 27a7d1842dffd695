package id.ektp.identification.intake;

import id.ektp.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Intake's refusals as RFC 7807 problems with the machine-readable {@code reason} a station acts on (a
 * refused packet is not retried; the outbox shows why).
 */
@RestControllerAdvice(basePackages = "id.ektp.identification", annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

    @ExceptionHandler(IntakeRefusal.class)
    ResponseEntity<ProblemDetail> refused(IntakeRefusal refusal, HttpServletRequest request) {
        ProblemDetail detail = Problems.of(refusal.reason().status(), refusal.reason().slug(), title(refusal.reason()), refusal.getMessage());
        detail.setProperty("reason", refusal.reason().name());
        detail.setInstance(URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.reason().status());
        if (refusal.reason() == IntakeRefusal.Reason.TOO_LARGE) {
            // The unread body cannot be drained: the connection closes after the answer.
            answer.header(HttpHeaders.CONNECTION, "close");
        }
        return answer.body(detail);
    }

    private static String title(IntakeRefusal.Reason reason) {
        return switch (reason) {
            case REPLAYED -> "Packet ID already used";
            case TOO_LARGE -> "Packet too large";
            case ENROLMENT_REFUSED -> "Enrolment refused";
            default -> "Packet refused";
        };
    }
}
