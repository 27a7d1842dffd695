package id.ektp.platform.startup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The process's {@link ProcessRole} as a bean, checked once at start. */
@Configuration(proxyBeanMethods = false)
class ProcessRoleConfiguration {

    @Bean
    ProcessRole processRole(@Value("${" + ProcessRole.PROPERTY + ":embedded}") String configured) {
        return ProcessRole.of(configured);
    }
}
