package id.ektp.registry.residents;

import id.ektp.registry.web.RegistryRoleRules;

import id.ektp.accounts.SystemActor;
import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The registry's one region check: an officer acts only on records inside their region. Which roles may
 * call which endpoint is checked before the request gets here ({@link RegistryRoleRules}).
 */
@Component
public class RegistryAccess {

    private final CurrentOfficer current;

    RegistryAccess(CurrentOfficer current) {
        this.current = current;
    }

    public Officer officer() {
        return current.find().orElseThrow(() -> new AccessDeniedException("no officer is signed in"));
    }

    /**
     * The signed-in officer, or empty for system work ({@link SystemActor}), which no region bounds;
     * neither is refused.
     */
    Optional<Officer> officerOrSystem() {
        Optional<Officer> officer = current.find();
        if (officer.isEmpty() && SystemActor.currentJob().isEmpty()) {
            throw new AccessDeniedException("no officer is signed in and this is no system work");
        }
        return officer;
    }

    Officer mayChangeResidentsIn(String desaCode) {
        Officer officer = officer();
        if (!officer.covers(desaCode)) {
            throw new AccessDeniedException("region " + desaCode + " lies outside your region " + officer.regionCode());
        }
        return officer;
    }

    /**
     * The SQL condition that keeps a query inside the officer's region, on a column holding a desa
     * code; bind {@code :scope} with {@link #scopeParam(Officer)}.
     */
    static String scopeCondition(String column) {
        return "(:scope = '' OR " + column + " = :scope OR " + column + " LIKE :scope || '.%')";
    }

    static String scopeParam(Officer officer) {
        return officer.regionCode();
    }
}
