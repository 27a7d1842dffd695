package id.ektp.accounts.security;

import id.ektp.accounts.Officer;
import id.ektp.accounts.officers.OfficerAccount;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in officer as Spring Security sees them; carries the {@link Officer} the modules use. */
public final class OfficerPrincipal implements UserDetails, CredentialsContainer {

    private final Officer officer;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;

    public OfficerPrincipal(Officer officer, String passwordHash, boolean enabled, Instant lockedUntil) {
        this.officer = officer;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    static OfficerPrincipal of(OfficerAccount account) {
        return new OfficerPrincipal(account.officer(), account.passwordHash(), account.enabled(), account.lockedUntil());
    }

    public Officer officer() {
        return officer;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + officer.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return officer.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficerPrincipal other && other.officer.username().equals(officer.username());
    }

    @Override
    public int hashCode() {
        return officer.username().hashCode();
    }

    @Override
    public String toString() {
        return "OfficerPrincipal[" + officer.username() + ", " + officer.role() + "]";
    }
}
