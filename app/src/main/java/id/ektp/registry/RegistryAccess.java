package id.ektp.registry;

import id.ektp.accounts.SystemActor;
import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the registry. Every officer reads the residents of their own region; entering
 * and correcting residents is the work of the service officer, the Dinas and the system
 * administrator; only the system administrator loads the region list.
 */
@Component
class RegistryAccess {

    static final Set<Role> MAY_CHANGE_RESIDENTS = EnumSet.of(Role.SERVICE_OFFICER, Role.DINAS_ADMIN, Role.SYSTEM_ADMIN);

    private final CurrentOfficer current;

    RegistryAccess(CurrentOfficer current) {
        this.current = current;
    }

    Officer officer() {
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
        if (!MAY_CHANGE_RESIDENTS.contains(officer.role())) {
            throw new AccessDeniedException("an officer with role " + officer.role() + " does not change residents");
        }
        if (!officer.covers(desaCode)) {
            throw new AccessDeniedException("region " + desaCode + " lies outside your region " + officer.regionCode());
        }
        return officer;
    }

    Officer mayImportRegions() {
        Officer officer = officer();
        if (officer.role() != Role.SYSTEM_ADMIN) {
            throw new AccessDeniedException("only the system administrator imports regions");
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
