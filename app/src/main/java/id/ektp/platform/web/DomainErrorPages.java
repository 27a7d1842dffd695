package id.ektp.platform.web;

import id.ektp.platform.domain.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A domain refusal that a page did not handle itself becomes the error page of its status (404, 409, 400),
 * as the API's problem does ({@link ApiProblemHandler}): the domain knows no HTTP, the web layer maps it once.
 */
@Configuration(proxyBeanMethods = false)
class DomainErrorPages implements WebMvcConfigurer {

    static HttpStatus status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        // Last: the API's problem handler answers first and hands the pages' requests on to here.
        resolvers.add(DomainErrorPages::resolve);
    }

    private static ModelAndView resolve(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof DomainException refused)) {
            return null;
        }
        try {
            response.sendError(status(refused.kind()).value(), refused.getMessage());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
