package id.ektp.identification.intake;

import id.ektp.platform.startup.ProcessRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** A bean of central's intake: present in the {@code central} and {@code embedded} roles, absent at a service point. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression(ProcessRole.RUNS_CENTRAL)
@interface OnCentral {
}
