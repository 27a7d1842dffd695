package id.ektp.accounts.security;

import id.ektp.accounts.SystemActor;
import id.ektp.accounts.AuditAction;
import id.ektp.accounts.audit.AuditLog;
import id.ektp.accounts.officers.OfficerStore;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password login (form and HTTP Basic) with lock-out: each failure is counted, the account locks after
 * {@link LoginPolicy#maxFailures()} in a row, and every login, failed login and refused (locked) login
 * is written to the audit trail. The failure count and its audit entry commit together, even though
 * the login itself fails. Only usernames of existing officers reach the audit log as typed; any other
 * text is recorded as a pseudonym ({@link UnknownUsernames}).
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final OfficerStore officers;
    private final AuditLog audit;
    private final LoginPolicy policy;
    private final TransactionTemplate tx;
    private final UnknownUsernames unknownUsernames;

    LockingAuthenticationProvider(DaoAuthenticationProvider passwords, OfficerStore officers, AuditLog audit,
            LoginPolicy policy, TransactionTemplate tx, UnknownUsernames unknownUsernames) {
        this.passwords = passwords;
        this.officers = officers;
        this.audit = audit;
        this.policy = policy;
        this.tx = tx;
        this.unknownUsernames = unknownUsernames;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = String.valueOf(request.getName()).trim().toLowerCase(Locale.ROOT);
        Authentication normalized = UsernamePasswordAuthenticationToken.unauthenticated(username, request.getCredentials());
        try {
            Authentication result = passwords.authenticate(normalized);
            OfficerPrincipal principal = (OfficerPrincipal) result.getPrincipal();
            tx.executeWithoutResult(s -> {
                officers.clearFailures(username);
                audit.record(username, principal.officer().role().name(), AuditAction.LOGIN, username, "");
            });
            return result;
        } catch (LockedException e) {
            tx.executeWithoutResult(s -> audit.record(username, "NONE", AuditAction.LOGIN_REFUSED_LOCKED, username, ""));
            throw e;
        } catch (DisabledException e) {
            tx.executeWithoutResult(s -> audit.record(username, "NONE", AuditAction.LOGIN_REFUSED_DISABLED, username, ""));
            throw e;
        } catch (BadCredentialsException e) {
            AuthenticationException outcome = tx.execute(s -> {
                var failure = UnknownUsernames.couldBeAnOfficer(username)
                        ? officers.recordFailure(username, policy.maxFailures(), policy.lockDuration())
                        : Optional.<OfficerStore.FailedLogin>empty();
                if (failure.isEmpty()) {
                    String pseudonym = unknownUsernames.pseudonym(username);
                    audit.record(pseudonym, "NONE", AuditAction.LOGIN_FAILED, pseudonym, "unknown username");
                    return e;
                }
                audit.record(username, "NONE", AuditAction.LOGIN_FAILED, username,
                        "failures in a row: " + failure.get().failuresInARow());
                if (failure.get().lockedUntil() != null
                        && failure.get().failuresInARow() >= policy.maxFailures()) {
                    audit.record(SystemActor.NAME, SystemActor.ROLE, AuditAction.LOCKED_OUT, username,
                            "locked until " + failure.get().lockedUntil());
                    return new LockedException("Account locked after " + policy.maxFailures() + " failed logins");
                }
                return e;
            });
            throw outcome;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
