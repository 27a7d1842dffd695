package id.ektp.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.ektp.accounts.Role;
import id.ektp.enrollment.signing.CamatKeys;
import id.ektp.enrollment.signing.SummonsTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps 4-5 over real HTTP: check-in by the summons QR or NIK, the queue, the call, the data check, and every refusal. */
class DeskApiTest extends EnrollmentTestSupport {

    @Autowired
    SummonsTokens tokens;
    @Autowired
    CamatKeys camatKeys;

    record Letter(String nik, String summonsId, String qr, String kid) {
    }

    /** A signed letter for a new resident of the kecamatan, and its QR as the desk would scan it. */
    Letter signedLetter(String kecamatan, String desa, String name) {
        String pelayanan = serviceOfficer(kecamatan);
        String nik = resident(pelayanan, desa, name);
        String camat = camat(kecamatan);
        String campaign = signedCampaign(dinasBandung(), camat, kecamatan);
        String summonsId = summonsOf(campaign, nik, camat).get("id").asText();
        String qr = qrOf(letter(summonsId, camat));
        String kid = jdbc.sql("SELECT kid FROM campaign WHERE id = ?::uuid").param(campaign).query(String.class).single();
        return new Letter(nik, summonsId, qr, kid);
    }

    @Test
    void aResidentChecksInByTheirSummonsQrIsCalledAndTheirDataConfirmed() {
        Letter letter = signedLetter(SUKASARI, "32.73.01.1001", "SITI AMINAH");
        String office = "KEC-327301-Q" + UUID.randomUUID().toString().substring(0, 6);
        seeder.ensureOffice(office, "Loket uji", id.ektp.accounts.officers.OfficeKind.KECAMATAN_SERVICE_POINT, SUKASARI);
        String pelayanan = officer(Role.SERVICE_OFFICER, SUKASARI, office);

        HttpResponse<String> checkedIn = checkInByQr(pelayanan, letter.qr());
        assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(201);
        JsonNode checkIn = body(checkedIn);
        assertThat(checkIn.get("queueNumber").asInt()).isEqualTo(1);
        assertThat(checkIn.get("nik").asText()).isEqualTo(letter.nik());
        assertThat(checkIn.get("summonsId").asText()).isEqualTo(letter.summonsId());

        HttpResponse<String> next = post("/api/v1/desk/queue/next", basic(pelayanan), null);
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        JsonNode called = body(next);
        assertThat(called.get("id").asText()).isEqualTo(checkIn.get("id").asText());
        assertThat(called.get("status").asText()).isEqualTo("CALLED");
        assertThat(body(get("/api/v1/desk/queue/called", basic(pelayanan))).get(0).get("queueNumber").asInt()).isEqualTo(1);
        HttpResponse<String> nobody = post("/api/v1/desk/queue/next", basic(pelayanan), null);
        assertThat(nobody.statusCode()).isEqualTo(409);
        assertThat(body(nobody).get("type").asText()).endsWith("/nobody-waiting");

        JsonNode view = body(get("/api/v1/desk/check-ins/" + called.get("id").asText(), basic(pelayanan)));
        assertThat(view.at("/resident/fullName").asText()).isEqualTo("SITI AMINAH");
        HttpResponse<String> confirmed = post("/api/v1/desk/check-ins/" + called.get("id").asText() + "/decision", basic(pelayanan),
                "{\"confirmed\":true}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(body(confirmed).get("status").asText()).isEqualTo("VERIFIED");
        assertThat(audited("DATA_CONFIRMED")).isPositive();
    }

    @Test
    void wrongDataSendsTheResidentToTheFamilyCardCorrectionAndTheRecordSaysWhy() {
        String pelayanan = serviceOfficer(COBLONG);
        String nik = resident(pelayanan, "32.73.02.1001", "ASEP SUNANDAR");
        JsonNode checkIn = body(checkInByNik(pelayanan, nik));
        String id = checkIn.get("id").asText();
        HttpResponse<String> early = post("/api/v1/desk/check-ins/" + id + "/decision", basic(pelayanan),
                "{\"confirmed\":false,\"reason\":\"tanggal lahir salah\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        while (!body(post("/api/v1/desk/queue/next", basic(pelayanan), null)).get("id").asText().equals(id)) {
            // earlier residents of this service point are called first
        }
        assertThat(post("/api/v1/desk/check-ins/" + id + "/decision", basic(pelayanan), "{\"confirmed\":false,\"reason\":\" \"}")
                .statusCode()).isEqualTo(400);
        JsonNode decided = body(post("/api/v1/desk/check-ins/" + id + "/decision", basic(pelayanan),
                "{\"confirmed\":false,\"reason\":\"Tanggal lahir di KK berbeda dengan akta\"}"));
        assertThat(decided.get("status").asText()).isEqualTo("CORRECTION");
        assertThat(decided.get("correctionReason").asText()).isEqualTo("Tanggal lahir di KK berbeda dengan akta");
    }

    @Test
    void anAlteredForgedExpiredOrForeignQrIsRefusedWithItsReasonAuditedAndNothingStored() throws Exception {
        Letter letter = signedLetter(SUKASARI, "32.73.01.1002", "NENG HASANAH");
        String pelayanan = serviceOfficer(SUKASARI);
        String[] parts = letter.qr().split("\\.");

        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherId = claims.replace(letter.summonsId(), UUID.randomUUID().toString());
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(otherId.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        ECKey otherKey = new ECKeyGenerator(Curve.P_256).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(letter.kid()).build(),
                new JWTClaimsSet.Builder().subject(letter.summonsId()).claim("kec", SUKASARI)
                        .expirationTime(Date.from(Instant.now().plusSeconds(86_400))).build());
        forged.sign(new ECDSASigner(otherKey));

        String expired = tokens.sign(camatKeys.unseal(letter.kid()), UUID.fromString(letter.summonsId()), Instant.now().minusSeconds(60));

        Map<String, String> refusals = Map.of(
                altered, "BAD_SIGNATURE",
                forged.serialize(), "BAD_SIGNATURE",
                expired, "EXPIRED",
                "not a summons", "MALFORMED");
        int refusedBefore = audited("CHECK_IN_REFUSED");
        int checkInsBefore = checkIns();
        for (Map.Entry<String, String> qr : refusals.entrySet()) {
            HttpResponse<String> r = checkInByQr(pelayanan, qr.getKey());
            assertThat(r.statusCode()).as(qr.getValue() + ": " + r.body()).isEqualTo(422);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = body(r);
            assertThat(problem.get("refusal").asText()).isEqualTo(qr.getValue());
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("qr");
            assertThat(problem.at("/errors/0/reason").asText()).startsWith("the QR ");
        }

        HttpResponse<String> foreign = checkInByQr(serviceOfficer(COBLONG), letter.qr());
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(body(foreign).get("refusal").asText()).isEqualTo("OTHER_KECAMATAN");
        assertThat(body(foreign).at("/errors/0/reason").asText()).contains("another kecamatan");

        assertThat(audited("CHECK_IN_REFUSED")).isEqualTo(refusedBefore + refusals.size() + 1);
        assertThat(checkIns()).isEqualTo(checkInsBefore);
        // The genuine letter still works.
        assertThat(checkInByQr(pelayanan, letter.qr()).statusCode()).isEqualTo(201);
    }

    @Test
    void aResidentCheckedInIsRefusedASecondTimeByQrOrByNik() {
        Letter letter = signedLetter(SUKASARI, "32.73.01.1003", "IWAN SETIAWAN");
        String pelayanan = serviceOfficer(SUKASARI);
        assertThat(checkInByQr(pelayanan, letter.qr()).statusCode()).isEqualTo(201);
        int before = checkIns();

        HttpResponse<String> byQr = checkInByQr(pelayanan, letter.qr());
        assertThat(byQr.statusCode()).isEqualTo(409);
        assertThat(body(byQr).get("type").asText()).endsWith("/summons-used");
        HttpResponse<String> byNik = checkInByNik(pelayanan, letter.nik());
        assertThat(byNik.statusCode()).isEqualTo(409);
        assertThat(body(byNik).get("type").asText()).endsWith("/already-checked-in");
        assertThat(body(byNik).at("/errors/0/reason").asText()).contains("already checked in today with number A-");
        assertThat(checkIns()).isEqualTo(before);
    }

    @Test
    void concurrentCheckInsGetDistinctNumbersAndAResidentCheckedInTwiceAtOnceGetsOne() throws Exception {
        String office = "KEC-327302-C" + UUID.randomUUID().toString().substring(0, 6);
        seeder.ensureOffice(office, "Loket uji", id.ektp.accounts.officers.OfficeKind.KECAMATAN_SERVICE_POINT, COBLONG);
        String pelayanan = officer(Role.SERVICE_OFFICER, COBLONG, office);
        List<String> niks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            niks.add(resident(pelayanan, "32.73.02.1002", "WARGA ANTRE " + (char) ('A' + i)));
        }
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        niks.forEach(nik -> calls.add(() -> checkInByNik(pelayanan, nik)));
        calls.add(() -> checkInByNik(pelayanan, niks.get(0)));
        calls.add(() -> checkInByNik(pelayanan, niks.get(0)));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        Set<Integer> numbers = new HashSet<>();
        int refused = 0;
        for (HttpResponse<String> a : answers) {
            if (a.statusCode() == 201) {
                assertThat(numbers.add(body(a).get("queueNumber").asInt())).as("number given twice: " + a.body()).isTrue();
            } else {
                assertThat(a.statusCode()).as(a.body()).isEqualTo(409);
                assertThat(body(a).get("type").asText()).endsWith("/already-checked-in");
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void onlyServiceOfficersOfAKecamatanRunTheDesk() {
        String nik = resident(serviceOfficer(SUKASARI), "32.73.01.1004", "TATANG SUTARMA");
        assertThat(checkInByNik(dinasBandung(), nik).statusCode()).isEqualTo(403);
        assertThat(checkInByNik(camat(SUKASARI), nik).statusCode()).isEqualTo(403);
        // A resident of Sukasari is nobody the desk of Coblong can see.
        assertThat(checkInByNik(serviceOfficer(COBLONG), nik).statusCode()).isEqualTo(404);
        String pelayanan = serviceOfficer(SUKASARI);
        String id = body(checkInByNik(pelayanan, nik)).get("id").asText();
        String coblong = serviceOfficer(COBLONG);
        assertThat(get("/api/v1/desk/check-ins/" + id, basic(coblong)).statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/desk/check-ins/" + id + "/decision", basic(coblong), "{\"confirmed\":true}").statusCode()).isEqualTo(404);
        assertThat(checkInByNik(pelayanan, "12345").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/desk/check-ins", basic(pelayanan), "{\"qr\":\"a.b.c\",\"nik\":\"" + nik + "\"}").statusCode()).isEqualTo(400);
    }

    int checkIns() {
        return jdbc.sql("SELECT count(*) FROM check_in").query(Integer.class).single();
    }
}
