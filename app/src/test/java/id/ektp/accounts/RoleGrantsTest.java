package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Who may grant which role (docs/accounts.md): a Dinas administrator staffs the kecamatan of their
 * kabupaten/kota and never raises an account to their own rank; the system administrator grants every role.
 */
class RoleGrantsTest extends AccountsTestSupport {

    @Test
    void aDinasAdministratorCannotPromoteAServiceOfficerToDinasAdministrator() {
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        String serviceOfficer = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        long audited = changesAudited(serviceOfficer);

        HttpResponse<String> promoted = send("PUT", "/api/v1/officers/" + serviceOfficer, basic(dinas), """
                {"fullName": "Naik Pangkat", "role": "DINAS_ADMIN", "regionCode": "32.73", "officeCode": "DINAS-3273", "enabled": true}
                """);
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(403);
        assertThat(roleOf(serviceOfficer)).isEqualTo("SERVICE_OFFICER");
        assertThat(changesAudited(serviceOfficer)).isEqualTo(audited);

        HttpResponse<String> created = post("/api/v1/officers", basic(dinas), """
                {"username": "dinas.kedua", "fullName": "Dinas Kedua", "role": "DINAS_ADMIN", "regionCode": "32.73",
                 "officeCode": "DINAS-3273", "password": "sandi-dinas-kedua"}
                """);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM officer WHERE username = 'dinas.kedua'").query(Integer.class).single()).isZero();
    }

    @Test
    void aDinasAdministratorCannotChangeNorUnlockAFellowDinasAdministrator() {
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        String colleague = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");

        HttpResponse<String> demoted = send("PUT", "/api/v1/officers/" + colleague, basic(dinas), """
                {"fullName": "Turun", "role": "OPERATOR", "regionCode": "32.73.01", "officeCode": "KEC-327301", "enabled": false}
                """);
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(403);
        assertThat(roleOf(colleague)).isEqualTo("DINAS_ADMIN");
        assertThat(post("/api/v1/officers/" + colleague + "/unlock", basic(dinas), null).statusCode()).isEqualTo(403);
    }

    @Test
    void grantsWithinTheTableAreAllowed() {
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        String operator = officer(Role.OPERATOR, "32.73.02", "KEC-327302");
        HttpResponse<String> camat = send("PUT", "/api/v1/officers/" + operator, basic(dinas), """
                {"fullName": "Camat Baru", "role": "CAMAT", "regionCode": "32.73.02", "officeCode": "KEC-327302", "enabled": true}
                """);
        assertThat(camat.statusCode()).as(camat.body()).isEqualTo(200);
        assertThat(roleOf(operator)).isEqualTo("CAMAT");

        String admin = systemAdmin();
        String serviceOfficer = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        HttpResponse<String> promoted = send("PUT", "/api/v1/officers/" + serviceOfficer, basic(admin), """
                {"fullName": "Kepala Dinas", "role": "DINAS_ADMIN", "regionCode": "32.73", "officeCode": "DINAS-3273", "enabled": true}
                """);
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(roleOf(serviceOfficer)).isEqualTo("DINAS_ADMIN");
    }

    private String roleOf(String username) {
        return jdbc.sql("SELECT role FROM officer WHERE username = ?").param(username).query(String.class).single();
    }

    private long changesAudited(String username) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'OFFICER_CHANGED' AND subject_id = ?")
                .param(username).query(Long.class).single();
    }
}
