package id.ektp.accounts.security;

import id.ektp.accounts.officers.OfficerStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads officers for login from the officer store. */
@Service
class OfficerDetailsService implements UserDetailsService {

    private final OfficerStore officers;

    OfficerDetailsService(OfficerStore officers) {
        this.officers = officers;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!UnknownUsernames.couldBeAnOfficer(name)) {
            throw new UsernameNotFoundException("no such officer");
        }
        return officers.find(name)
                .map(OfficerPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such officer"));
    }
}
