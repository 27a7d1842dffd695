package id.ektp.identification.dashboard;

import id.ektp.accounts.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator on the application's own port, in a filter chain of its own: {@code /actuator/health} is open
 * (load balancers ask it, it says only UP or DOWN), {@code /actuator/prometheus} needs a data-centre officer
 * over HTTP Basic (Prometheus's {@code basic_auth}; the officers' lock-out and audit apply, as the same
 * authentication manager checks it), stateless and without CSRF since a scraper keeps no session. Chosen
 * over a separate management port so that one TLS front and one way of signing in cover everything; the
 * figures (counts per stage and region) are operational, not personal, but still not for everyone.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName("ektp"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.DATA_CENTRE_OFFICER.name())
                        .anyRequest().denyAll());
        return http.build();
    }
}
