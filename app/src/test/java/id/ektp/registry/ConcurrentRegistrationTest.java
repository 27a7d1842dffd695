package id.ektp.registry;

import id.ektp.registry.regions.BuiltInRegions;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Twenty officers press "save" at the same moment, against the real server and PostgreSQL: a unique
 * value is stored once, every other request gets a clear 409 problem (never a 500), and the refused
 * ones leave nothing behind (no family card opened for a resident that was not stored).
 */
class ConcurrentRegistrationTest extends AccountsTestSupport {

    static final int REQUESTS = 20;

    @Autowired
    BuiltInRegions builtIn;

    @BeforeEach
    void regions() {
        builtIn.load();
    }

    @Test
    void twentySimultaneousRegistrationsOfOneNikGiveOneResidentAndNineteenConflicts() throws Exception {
        String officer = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        String token = bearer(officer);
        String nik = "3273015505770007"; // a woman born 15 May 1977, serial 0007
        Map<String, Object> resident = RegistryApiTest.resident("Lilis Suryani", "1977-05-15", "PEREMPUAN", "32.73.01.1003");
        resident.put("nik", nik);
        String body = json.writeValueAsString(resident);
        long families = count("SELECT count(*) FROM family");

        List<HttpResponse<String>> responses = simultaneously(i -> post("/api/v1/residents", token, body));

        Map<Integer, Long> statuses = statuses(responses);
        assertThat(statuses).as(bodies(responses)).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 19L));
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(body(r).path("detail").asText()).contains(nik).contains("already registered");
        });
        assertThat(count("SELECT count(*) FROM resident WHERE nik = '" + nik + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM family")).as("one family card, for the one resident stored").isEqualTo(families + 1);
    }

    @Test
    void twentySimultaneousAccountsWithOneUsernameGiveOneAccountAndNineteenConflicts() throws Exception {
        String token = bearer(systemAdmin());
        String body = """
                {"username": "serentak.sama", "fullName": "Serentak Sama", "role": "OPERATOR", "regionCode": "32.73.01",
                 "officeCode": "KEC-327301", "password": "sandi-serentak-1"}
                """;

        List<HttpResponse<String>> responses = simultaneously(i -> post("/api/v1/officers", token, body));

        assertThat(statuses(responses)).as(bodies(responses)).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 19L));
        assertThat(count("SELECT count(*) FROM officer WHERE username = 'serentak.sama'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'OFFICER_CREATED' AND subject_id = 'serentak.sama'"))
                .isEqualTo(1);
    }

    @Test
    void twentySimultaneousFamilyCardsGetTwentyDistinctKkNumbers() throws Exception {
        String token = bearer(officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301"));

        List<HttpResponse<String>> responses = simultaneously(i -> post("/api/v1/families", token, "{\"desaCode\": \"32.73.01.1004\"}"));

        assertThat(statuses(responses)).as(bodies(responses)).containsExactlyEntriesOf(Map.of(201, 20L));
        assertThat(responses.stream().map(r -> body(r).path("kkNumber").asText()).distinct()).hasSize(REQUESTS);
    }

    private String bearer(String username) {
        HttpResponse<String> token = post("/api/v1/auth/token", basic(username), null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return "Bearer " + body(token).path("accessToken").asText();
    }

    /** Sends {@link #REQUESTS} requests from as many threads, released together. */
    private static List<HttpResponse<String>> simultaneously(Function<Integer, HttpResponse<String>> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch ready = new CountDownLatch(REQUESTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                Callable<HttpResponse<String>> task = () -> {
                    ready.countDown();
                    go.await();
                    return request.apply(n);
                };
                futures.add(threads.submit(task));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    private static String bodies(List<HttpResponse<String>> responses) {
        return responses.stream().map(r -> r.statusCode() + " " + r.body()).collect(Collectors.joining("\n"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
