package id.ektp.accounts.officers;

import id.ektp.accounts.Role;
import id.ektp.platform.startup.StartupSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh installation has no officer who could create the others: with
 * {@code ektp.bootstrap.admin-password} set, the first start opens the central data centre office and
 * a system administrator {@code ektp.bootstrap.admin-username} (default {@code admin}). Does nothing
 * once any officer exists.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "ektp.bootstrap.admin-password")
class BootstrapAdministrator implements StartupSeed {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final AccountSeeder seeder;
    private final String username;
    private final String password;

    BootstrapAdministrator(AccountSeeder seeder,
            @Value("${ektp.bootstrap.admin-username:admin}") String username,
            @Value("${ektp.bootstrap.admin-password}") String password) {
        this.seeder = seeder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void seed() {
        if (seeder.anyOfficer()) {
            return;
        }
        seeder.ensureOffice("PUSAT", "Pusat Data Ditjen Dukcapil", OfficeKind.DATA_CENTRE, "");
        seeder.ensureOfficer(username, "Administrator Sistem", Role.SYSTEM_ADMIN, "", "PUSAT", password);
        log.info("Opened the first system administrator account '{}'", username);
    }
}
