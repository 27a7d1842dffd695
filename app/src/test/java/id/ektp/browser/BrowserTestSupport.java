package id.ektp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.ektp.accounts.Role;
import id.ektp.accounts.officers.AccountSeeder;
import id.ektp.accounts.officers.OfficeKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The harness every browser test reuses: the whole application on a random port with its real
 * PostgreSQL (profile {@code test}), Debian's Chromium driven by Playwright (one browser per test
 * class, a fresh context, so fresh cookies, per test), and {@link #loginAs(String, String)}.
 *
 * <p>Chromium comes from the operating system ({@code apt-get install chromium}; {@code .ci/run} does
 * it), never from a Playwright download; {@code -Dektp.chromium=/path} points elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    /** The password of every officer made by {@link #officer(Role, String, String)}. */
    protected static final String PASSWORD = "browser-test-sandi";
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountSeeder seeder;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;
    /** What the Content-Security-Policy blocked during the test, as Chromium logged it. */
    protected final List<String> contentSecurityViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    void launchBrowser() {
        Path chromium = Path.of(System.getProperty("ektp.chromium", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("browser tests drive Debian's Chromium at %s: install it with 'apt-get install -y chromium'", chromium)
                .isTrue();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("id-ID"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        contentSecurityViolations.clear();
        // Chromium reports what the Content-Security-Policy blocked (an inline style or script, a foreign
        // image) on the console; every browser test thereby checks that its pages live within the policy.
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                contentSecurityViolations.add(page.url() + ": " + message.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(contentSecurityViolations).as("Content-Security-Policy violations").isEmpty();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens the login page, signs in, and waits until the browser has left the login page. */
    protected Page loginAs(String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        page.waitForLoadState();
        return page;
    }

    /** Opens the demo offices of Kota Bandung once and an officer with a fresh username; returns the username. */
    protected String officer(Role role, String regionCode, String officeCode) {
        seeder.ensureOffice("PUSAT", "Pusat Data", OfficeKind.DATA_CENTRE, "");
        seeder.ensureOffice("DINAS-3273", "Dinas Dukcapil Kota Bandung", OfficeKind.DINAS, "32.73");
        seeder.ensureOffice("KEC-327301", "Kecamatan Sukasari", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.01");
        seeder.ensureOffice("KEC-327302", "Kecamatan Coblong", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.02");
        String username = "web-" + role.name().toLowerCase().replace('_', '-') + "-" + NAMES.incrementAndGet();
        seeder.ensureOfficer(username, "Petugas " + username, role, regionCode, officeCode, PASSWORD);
        return username;
    }
}
