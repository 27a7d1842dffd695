package id.ektp.enrollment.web;

import id.ektp.platform.domain.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/** On this module's pages a record outside the officer's region is a plain 404 page, as in the registry. */
@ControllerAdvice(basePackages = "id.ektp.enrollment", annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final NotFoundAudit audit;

    PageErrors(NotFoundAudit audit) {
        this.audit = audit;
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletRequest request) {
        audit.record(e, request.getRequestURI());
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
