package id.ektp.accounts.security;

import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The officer of the current request, from Spring Security's context. */
@Component
class SecurityCurrentOfficer implements CurrentOfficer {

    @Override
    public Optional<Officer> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OfficerPrincipal principal) {
            return Optional.of(principal.officer());
        }
        return Optional.empty();
    }
}
