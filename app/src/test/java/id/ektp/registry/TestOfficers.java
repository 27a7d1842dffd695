package id.ektp.registry;

import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Until the accounts module's implementation is merged: the officer is the principal that the test
 * put into the security context (spring-security-test's {@code user(...)}).
 */
@Component
class TestOfficers implements CurrentOfficer {

    record OfficerUser(Officer officer) implements UserDetails {
        @Override
        public List<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority("ROLE_" + officer.role().name()));
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public String getUsername() {
            return officer.username();
        }
    }

    static OfficerUser officer(String username, Role role, String region) {
        return new OfficerUser(new Officer(username, username, role, region, "OFFICE-" + region));
    }

    @Override
    public Optional<Officer> find() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OfficerUser user) {
            return Optional.of(user.officer());
        }
        return Optional.empty();
    }
}
