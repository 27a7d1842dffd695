package id.ektp.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that can answer 409 Conflict (a {@link id.ektp.platform.domain.ConflictException}: the name or number
 * is already taken), so that the OpenAPI document lists that problem for it ({@link ProblemResponsesInOpenApi}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersConflict {
}
