package id.ektp.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.ektp.accounts.Role;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An officer logs in through the browser, in Bahasa Indonesia first and English on request. */
class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void officerLogsInAndLandsOnBeranda() {
        String user = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        loginAs(user, PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator("#page-title")).hasText("Beranda");
        assertThat(page.locator("#welcome")).hasText("Selamat datang, Petugas " + user + ".");
        assertThat(page.locator("#officer-role")).hasText("Petugas Pelayanan");
        assertThat(page.locator("#officer-region")).hasText("32.73.01");

        page.locator("#logout").click();
        assertThat(page.locator("#login-logout")).hasText("Anda telah keluar.");
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void wrongPasswordIsRefusedInIndonesian() {
        String user = officer(Role.OPERATOR, "32.73.01", "KEC-327301");
        loginAs(user, "salah sandi");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error=bad$"));
        assertThat(page.locator("#login-error")).hasText("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() {
        String user = officer(Role.CAMAT, "32.73.01", "KEC-327301");
        for (int i = 0; i < 4; i++) {
            loginAs(user, "tebakan " + i);
            assertThat(page.locator("#login-error")).hasText("Nama pengguna atau kata sandi salah.");
        }
        loginAs(user, "tebakan terakhir");
        assertThat(page.locator("#login-error")).containsText("dikunci sementara setelah 5 kali gagal masuk");
        loginAs(user, PASSWORD);
        assertThat(page.locator("#login-error")).containsText("dikunci sementara");
    }

    @Test
    void languageSwitchesToEnglishAndStaysThere() {
        String user = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        page.navigate("/login");
        assertThat(page.locator("h1")).hasText("Masuk");
        page.locator("#lang-en").click();
        assertThat(page.locator("h1")).hasText("Log in");
        loginAs(user, PASSWORD);
        assertThat(page.locator("#page-title")).hasText("Home");
        assertThat(page.locator("#officer-role")).hasText("Dinas administrator");
        page.locator("#lang-id").click();
        assertThat(page.locator("#page-title")).hasText("Beranda");
    }

    @Test
    void officerChangesTheirPasswordAndLogsInWithTheNewOne() {
        String user = officer(Role.OPERATOR, "32.73.02", "KEC-327302");
        loginAs(user, PASSWORD);
        page.locator("#change-password").click();
        page.locator("#currentPassword").fill(PASSWORD);
        page.locator("#newPassword").fill("sandi baru operator");
        page.locator("#repeatPassword").fill("sandi lain operator");
        page.locator("#password-submit").click();
        assertThat(page.locator("#problems")).containsText("Ulangi kata sandi baru");

        page.locator("#currentPassword").fill(PASSWORD);
        page.locator("#newPassword").fill("sandi baru operator");
        page.locator("#repeatPassword").fill("sandi baru operator");
        page.locator("#password-submit").click();
        assertThat(page.locator("#password-changed")).hasText("Kata sandi Anda telah diubah.");

        page.locator("#logout").click();
        loginAs(user, "sandi baru operator");
        assertThat(page.locator("#page-title")).hasText("Beranda");
    }
}
