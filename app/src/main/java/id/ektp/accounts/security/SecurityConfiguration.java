package id.ektp.accounts.security;

import id.ektp.accounts.audit.AuditLog;
import id.ektp.accounts.officers.OfficerStore;
import id.ektp.platform.web.ProblemWriter;
import id.ektp.platform.web.Problems;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains. The REST API ({@code /api/**}): stateless, HTTP Basic or a bearer token, no CSRF
 * (no cookies are involved), 401/403 as RFC 7807 problems. The officer UI (everything else): form
 * login at {@code /login} with a session, CSRF on, unauthenticated requests sent to the login page.
 * Both share one authentication manager, so lock-out and login audit apply to either way in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginPolicy.class)
class SecurityConfiguration {

    @Bean
    AuthenticationManager authenticationManager(OfficerDetailsService officerDetails, PasswordEncoder passwordEncoder,
            OfficerStore officers, AuditLog audit, LoginPolicy policy, PlatformTransactionManager transactions) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(officerDetails);
        passwords.setPasswordEncoder(new VerifiedPasswords(passwordEncoder));
        return new ProviderManager(new LockingAuthenticationProvider(passwords, officers, audit, policy,
                new TransactionTemplate(transactions), new UnknownUsernames()));
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
            ProblemWriter problems, RoleMatchers roles) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ektp\", Basic realm=\"ektp\"");
            problems.write(request, response, e instanceof LockedException ? Problems.locked() : Problems.unauthorized());
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response, Problems.forbidden());
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(new SecurityHeaders())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**").permitAll()
                            .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll();
                    // Roles are checked here, before a controller reads the body, so that a refused caller
                    // learns nothing, not even which fields of their request were wrong.
                    roles.apply(auth, true);
                    auth.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager authenticationManager, RoleMatchers roles)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error=bad");
        failure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?error=locked",
                DisabledException.class.getName(), "/login?error=disabled"));
        http.authenticationManager(authenticationManager)
                .headers(new SecurityHeaders())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/css/**", "/favicon.ico", "/error", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    roles.apply(auth, false);
                    auth.anyRequest().authenticated();
                })
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failure)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }
}
