package id.ektp.accounts.demo;

import id.ektp.accounts.Role;
import id.ektp.accounts.officers.AccountSeeder;
import id.ektp.accounts.officers.OfficeKind;
import id.ektp.platform.startup.StartupSeed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode (profile {@code demo}): opens the offices of Kota Bandung (32.73) and its kecamatan
 * Sukasari (32.73.01) and Coblong (32.73.02), the regions the registry's demo population lives in,
 * one officer per role with a fixed password, and prints the URL and the logins. Never use this
 * profile with real data: everyone who reads the README knows these passwords.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements StartupSeed {

    static final String PASSWORD = "demo-ektp-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoOfficer(String username, String fullName, Role role, String regionCode, String officeCode) {
    }

    static final List<DemoOfficer> OFFICERS = List.of(
            new DemoOfficer("admin", "Andi Wijaya", Role.SYSTEM_ADMIN, "", "PUSAT"),
            new DemoOfficer("datacenter", "Rahmat Hidayat", Role.DATA_CENTRE_OFFICER, "", "PUSAT"),
            new DemoOfficer("ajudikator", "Sri Wahyuni", Role.ADJUDICATOR, "", "PUSAT"),
            new DemoOfficer("dinas", "Dedi Kurniawan", Role.DINAS_ADMIN, "32.73", "DINAS-3273"),
            new DemoOfficer("camat", "Hendra Gunawan", Role.CAMAT, "32.73.01", "KEC-327301"),
            new DemoOfficer("pelayanan", "Siti Nurhaliza", Role.SERVICE_OFFICER, "32.73.01", "KEC-327301"),
            new DemoOfficer("operator", "Budi Santoso", Role.OPERATOR, "32.73.01", "KEC-327301"),
            new DemoOfficer("opkec", "Yuni Astuti", Role.KECAMATAN_OPERATOR, "32.73.01", "KEC-327301"),
            // A second kecamatan, to see region scoping: this officer cannot see Sukasari's residents.
            new DemoOfficer("pelayanan.coblong", "Agus Permana", Role.SERVICE_OFFICER, "32.73.02", "KEC-327302"));

    private final AccountSeeder seeder;
    private final ApplicationContext context;

    DemoAccounts(AccountSeeder seeder, ApplicationContext context) {
        this.seeder = seeder;
        this.context = context;
    }

    @Override
    public void seed() {
        seeder.ensureOffice("PUSAT", "Pusat Data Ditjen Dukcapil", OfficeKind.DATA_CENTRE, "");
        seeder.ensureOffice("DINAS-3273", "Dinas Dukcapil Kota Bandung", OfficeKind.DINAS, "32.73");
        seeder.ensureOffice("KEC-327301", "Kecamatan Sukasari", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.01");
        seeder.ensureOffice("KEC-327302", "Kecamatan Coblong", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.02");
        int created = 0;
        for (DemoOfficer o : OFFICERS) {
            if (seeder.ensureOfficer(o.username(), o.fullName(), o.role(), o.regionCode(), o.officeCode(), PASSWORD)) {
                created++;
            }
        }
        log.info("Demo officers: {} created, {} already present", created, OFFICERS.size() - created);
    }

    /** Printed once the port is open (the officers exist before it opens), with the port actually bound. */
    @EventListener(ApplicationReadyEvent.class)
    void printLogins() {
        System.out.println(banner());
    }

    private String banner() {
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : 8080;
        StringBuilder sb = new StringBuilder();
        sb.append("\n================================================================================\n");
        sb.append("  e-KTP DEMO MODE  -  open http://localhost:").append(port).append("/\n");
        sb.append("  API: http://localhost:").append(port).append("/api/v1/docs  (OpenAPI: /api/v1/openapi)\n");
        sb.append("  Every demo officer's password: ").append(PASSWORD).append('\n');
        sb.append("  --------------------------------------------------------------------------------\n");
        for (DemoOfficer o : OFFICERS) {
            sb.append(String.format("  %-18s %-20s %s%n", o.username(), o.role(),
                    o.regionCode().isEmpty() ? "national" : o.regionCode()));
        }
        sb.append("  Demo passwords are public: never run the demo profile with real data.\n");
        sb.append("================================================================================\n");
        return sb.toString();
    }
}
