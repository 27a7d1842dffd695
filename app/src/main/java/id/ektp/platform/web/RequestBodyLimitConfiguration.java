package id.ektp.platform.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the body limit in front of every other filter, Spring Security's included, and has Tomcat send
 * "100 Continue" only once the application reads the body: a client that asks first (curl does for
 * bodies over 1 MB) then gets the 413 without ever sending the 30 MB, instead of a reset connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestBodyLimits.class)
class RequestBodyLimitConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestBodyLimits limits, ProblemWriter problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnlyWhenTheBodyIsRead() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
