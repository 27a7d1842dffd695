package id.ektp.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.ektp.accounts.Role;
import id.ektp.accounts.officers.OfficerStore;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** The officer administration page: a Dinas administrator adds an officer of their kabupaten and unlocks one. */
class OfficerAdminBrowserTest extends BrowserTestSupport {

    @Autowired
    OfficerStore officers;

    @Test
    void dinasAdministratorAddsAnOfficerWhoCanThenLogIn() {
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        loginAs(dinas, PASSWORD);
        page.locator("a[href='/admin/officers']").first().click();
        assertThat(page.locator("#page-title")).hasText("Pengelolaan Petugas");

        page.locator("#username").fill("wati.coblong");
        page.locator("#fullName").fill("Wati Suryani");
        page.locator("#role").selectOption("OPERATOR");
        page.locator("#regionCode").fill("32.73.02");
        page.locator("#officeCode").selectOption("KEC-327302");
        page.locator("#password").fill("sandi-awal-wati");
        page.locator("#create-submit").click();
        assertThat(page.locator("#created")).hasText("Petugas wati.coblong telah ditambahkan.");
        assertThat(page.locator("#officer-wati\\.coblong")).containsText("Petugas Operator");

        // A region outside the Dinas' kabupaten/kota is refused with the field named.
        page.locator("#username").fill("wati.bogor");
        page.locator("#fullName").fill("Wati Bogor");
        page.locator("#role").selectOption("OPERATOR");
        page.locator("#regionCode").fill("32.73");
        page.locator("#officeCode").selectOption("KEC-327302");
        page.locator("#password").fill("sandi-awal-wati");
        page.locator("#create-submit").click();
        assertThat(page.locator("#problems")).containsText("Wilayah: harus kode kecamatan, misalnya 32.73.01");
        page.locator("#regionCode").fill("32.71.01");
        page.locator("#password").fill("sandi-awal-wati");
        page.locator("#create-submit").click();
        assertThat(page.locator("#problems")).containsText("Wilayah: Wilayah ini berada di luar wilayah Anda.");

        page.locator("#logout").click();
        loginAs("wati.coblong", "sandi-awal-wati");
        assertThat(page.locator("#officer-region")).hasText("32.73.02");
    }

    @Test
    void systemAdministratorUnlocksAndReassignsAnOfficer() {
        String admin = officer(Role.SYSTEM_ADMIN, "", "PUSAT");
        String locked = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        for (int i = 0; i < 5; i++) {
            officers.recordFailure(locked, 5, Duration.ofMinutes(15));
        }
        loginAs(admin, PASSWORD);
        page.navigate("/admin/officers");
        assertThat(page.locator("#officer-" + locked)).containsText("Terkunci");
        page.locator("#officer-" + locked + " button").click();
        assertThat(page.locator("#unlocked")).hasText("Kunci akun " + locked + " telah dibuka.");
        assertThat(page.locator("#officer-" + locked)).containsText("Aktif");

        page.locator("#officer-" + locked + " a").click();
        assertThat(page.locator("#page-title")).hasText("Ubah petugas " + locked);
        page.locator("#role").selectOption("CAMAT");
        page.locator("#regionCode").fill("32.73.02");
        page.locator("#officeCode").selectOption("KEC-327302");
        page.locator("#change-submit").click();
        assertThat(page.locator("#changed")).hasText("Data petugas " + locked + " telah diubah.");
        assertThat(page.locator("#officer-" + locked)).containsText("Camat");
        assertThat(page.locator("#officer-" + locked)).containsText("32.73.02");
    }

    @Test
    void dinasAdministratorIsNeitherOfferedNorGrantedTheirOwnRole() {
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        String serviceOfficer = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        loginAs(dinas, PASSWORD);
        page.navigate("/admin/officers");
        assertThat(page.locator("#role option[value='DINAS_ADMIN']")).hasCount(0);
        assertThat(page.locator("#role option[value='SYSTEM_ADMIN']")).hasCount(0);
        assertThat(page.locator("#role option[value='CAMAT']")).hasCount(1);

        // A forged choice (the option added by hand) is refused on the form, with the field named, in the page's language.
        page.navigate("/admin/officers/" + serviceOfficer);
        page.evaluate("() => document.querySelector('#role').add(new Option('DINAS_ADMIN', 'DINAS_ADMIN'))");
        page.locator("#role").selectOption("DINAS_ADMIN");
        page.locator("#regionCode").fill("32.73");
        page.locator("#change-submit").click();
        assertThat(page.locator("#problems")).containsText("Peran");
        assertThat(page.locator("#problems")).containsText("tidak dapat memberikan peran DINAS_ADMIN");
        org.assertj.core.api.Assertions.assertThat(officers.find(serviceOfficer).orElseThrow().role()).isEqualTo(Role.SERVICE_OFFICER);
    }

    @Test
    void officersOtherThanAdministratorsCannotOpenThePage() {
        String operator = officer(Role.OPERATOR, "32.73.01", "KEC-327301");
        loginAs(operator, PASSWORD);
        assertThat(page.locator("a[href='/admin/officers']")).hasCount(0);
        var response = page.navigate("/admin/officers");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
    }
}
