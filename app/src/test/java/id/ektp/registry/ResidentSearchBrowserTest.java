package id.ektp.registry;

import id.ektp.registry.regions.BuiltInRegions;
import id.ektp.registry.residents.ResidentData;
import id.ektp.registry.residents.ResidentRegistry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.ektp.accounts.Role;
import id.ektp.browser.BrowserTestSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** An officer logs in and finds a resident by a misspelt name; an officer of another kecamatan does not. */
class ResidentSearchBrowserTest extends BrowserTestSupport {

    @Autowired
    BuiltInRegions builtIn;
    @Autowired
    ResidentRegistry registry;

    String nik;

    @BeforeAll
    void aResidentOfSukasari() {
        builtIn.load();
        var clerk = TestOfficers.officer("browser.setup", Role.SERVICE_OFFICER, "32.73.01");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(clerk, null, clerk.getAuthorities()));
        try {
            nik = registry.register(new ResidentData(null, "Dewi Nurhaliza Kartikasari", "Bandung", LocalDate.of(1994, 3, 21),
                    Sex.PEREMPUAN, BloodGroup.A_POS, Religion.ISLAM, MaritalStatus.KAWIN, "Guru", Citizenship.WNI, null, null,
                    "Jl. Sarijadi Raya No. 45", "002", "007", "32.73.01.1004", null, FamilyRelation.KEPALA_KELUARGA,
                    "081322114455")).nik();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void officerFindsAResidentByAMisspeltName() {
        loginAs(officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301"), PASSWORD);
        page.locator("header nav a[href='/residents']").click();
        assertThat(page.locator("#page-title")).hasText("Cari Penduduk");
        page.locator("#q").fill("dewi nurhalisa kartikasary");
        page.locator("#search").click();
        assertThat(page.locator("#results")).containsText(nik);
        assertThat(page.locator("#results")).containsText("DEWI NURHALIZA KARTIKASARI");

        page.locator("#results a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(nik)).click();
        assertThat(page.locator("#page-title")).hasText("DEWI NURHALIZA KARTIKASARI");
        assertThat(page.locator("#nik")).hasText(nik);
        assertThat(page.locator("#history")).containsText("browser.setup");
    }

    @Test
    void anOfficerOfAnotherKecamatanDoesNotFindHer() {
        loginAs(officer(Role.SERVICE_OFFICER, "32.73.02", "KEC-327302"), PASSWORD);
        page.navigate("/residents?q=dewi+nurhalisa+kartikasary");
        assertThat(page.locator("#result-count")).hasText("0 penduduk ditemukan");
        page.navigate("/residents/" + nik);
        assertThat(page.locator("body")).not().containsText("KARTIKASARI");
    }
}
