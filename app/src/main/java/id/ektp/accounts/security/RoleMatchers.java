package id.ektp.accounts.security;

import id.ektp.accounts.Role;
import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every module's {@link RoleRules}, as request matchers of the API's or the pages' filter chain. */
@Component
class RoleMatchers {

    private final ObjectProvider<RoleRules> modules;

    RoleMatchers(ObjectProvider<RoleRules> modules) {
        this.modules = modules;
    }

    List<RoleRule> all() {
        return modules.orderedStream().flatMap(m -> m.rules().stream()).toList();
    }

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth, boolean api) {
        for (RoleRule rule : all()) {
            if (rule.isApi() != api) {
                continue;
            }
            var matched = rule.method() == null ? auth.requestMatchers(rule.pattern())
                    : auth.requestMatchers(HttpMethod.valueOf(rule.method()), rule.pattern());
            if (rule.isOpen()) {
                matched.permitAll();
            } else {
                matched.hasAnyRole(rule.roles().stream().map(Role::name).sorted().toArray(String[]::new));
            }
        }
    }
}
