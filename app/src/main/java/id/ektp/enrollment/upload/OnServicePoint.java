package id.ektp.enrollment.upload;

import id.ektp.platform.startup.ProcessRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** A bean of the service point's upload: present in the {@code service-point} and {@code embedded} roles, absent at central. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression(ProcessRole.RUNS_SERVICE_POINT)
@interface OnServicePoint {
}
