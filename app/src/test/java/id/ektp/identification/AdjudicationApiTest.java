package id.ektp.identification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adjudicator's API with the demo's rule (one adjudicator decides), on a real mated FVC2002 pair. */
class AdjudicationApiTest extends CentralTestSupport {

    @Test
    void anAdjudicatorSeesTheCaseFingerByFingerWithThePairedMinutiaeAndDecidesIt() {
        String adjudicator = officer(Role.ADJUDICATOR, "", "PUSAT");
        Pair pair = greyZoneCase("operator-sukasari");
        String caseId = pair.newer().packetId().toString();
        String candidateId = pair.earlier().packetId().toString();

        JsonNode queue = body(get("/api/v1/adjudication/cases", basic(adjudicator)));
        assertThat(queue.findValuesAsText("packetId")).contains(caseId);

        JsonNode view = body(get("/api/v1/adjudication/cases/" + caseId, basic(adjudicator)));
        assertThat(view.at("/record/demographics/fullName").asText()).isEqualTo("ASEP SUNARDI");
        JsonNode candidate = view.at("/candidates/0");
        assertThat(candidate.at("/record/demographics/fullName").asText()).isEqualTo("ASEP SUNANDAR");
        assertThat(candidate.at("/fingers").size()).isEqualTo(2);
        for (JsonNode finger : candidate.at("/fingers")) {
            // A mated pair: SourceAFIS pairs many minutiae, all inside the 388 x 374 images.
            assertThat(finger.get("pairs").size()).as(finger.toString()).isGreaterThanOrEqualTo(12);
            assertThat(finger.get("pairingScore").asDouble()).isGreaterThan(40);
            for (JsonNode p : finger.get("pairs")) {
                assertThat(p.get("probeX").asInt()).isBetween(0, 388);
                assertThat(p.get("candidateY").asInt()).isBetween(0, 374);
            }
        }
        HttpResponse<byte[]> image = bytes("/adjudication/cases/" + caseId + "/candidates/" + candidateId + "/fingers/RIGHT_INDEX/probe.png");
        assertThat(image.statusCode()).isEqualTo(302); // pages need the session login, not Basic: the API is the way for scripts

        HttpResponse<String> decided = post("/api/v1/adjudication/cases/" + caseId + "/candidates/" + candidateId + "/decision",
                basic(adjudicator), write(Map.of("verdict", "DUPLICATE", "reason", "12 minusi cocok pada telunjuk kanan dan kiri")));

        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(body(decided).get("decidedAt").isNull()).isFalse();
        assertThat(events.decided).contains(new CaseDecided(pair.newer().packetId(), List.of(pair.earlier().packetId())));
        assertThat(jdbc.sql("SELECT count(*) FROM clarification_task WHERE packet_id = ?").param(pair.newer().packetId())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(body(get("/api/v1/adjudication/cases", basic(adjudicator))).findValuesAsText("packetId")).doesNotContain(caseId);
        assertThat(audited("ADJUDICATION_VOTE", caseId)).isEqualTo(1);
        assertThat(audited("ADJUDICATION_DECIDED", caseId)).isEqualTo(1);

        HttpResponse<String> again = post("/api/v1/adjudication/cases/" + caseId + "/candidates/" + candidateId + "/decision",
                basic(officer(Role.ADJUDICATOR, "", "PUSAT")), write(Map.of("verdict", "NOT_DUPLICATE", "reason", "beda")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("type").asText()).endsWith("/already-decided");
    }

    @Test
    void theOfficerWhoCapturedTheRecordNeverSeesNorDecidesItsCase() {
        String capturedIt = officer(Role.ADJUDICATOR, "", "PUSAT");
        Pair pair = greyZoneCase(capturedIt);
        String caseId = pair.newer().packetId().toString();

        assertThat(body(get("/api/v1/adjudication/cases", basic(capturedIt))).findValuesAsText("packetId")).doesNotContain(caseId);
        HttpResponse<String> read = get("/api/v1/adjudication/cases/" + caseId, basic(capturedIt));
        assertThat(read.statusCode()).isEqualTo(409);
        assertThat(body(read).get("type").asText()).endsWith("/conflict-of-interest");
        HttpResponse<String> vote = post("/api/v1/adjudication/cases/" + caseId + "/candidates/" + pair.earlier().packetId() + "/decision",
                basic(capturedIt), write(Map.of("verdict", "NOT_DUPLICATE", "reason", "saya yakin bukan orang yang sama")));

        assertThat(vote.statusCode()).isEqualTo(409);
        assertThat(body(vote).get("type").asText()).endsWith("/conflict-of-interest");
        assertThat(jdbc.sql("SELECT count(*) FROM adjudication_vote WHERE packet_id = ?").param(pair.newer().packetId())
                .query(Integer.class).single()).isZero();
        assertThat(audited("ADJUDICATION_VOTE_REFUSED", caseId)).isEqualTo(1);
        // Another adjudicator sees it.
        String other = officer(Role.ADJUDICATOR, "", "PUSAT");
        assertThat(body(get("/api/v1/adjudication/cases", basic(other))).findValuesAsText("packetId")).contains(caseId);
    }

    @Test
    void aVerdictWithoutAReasonIsRefusedAndOnlyAdjudicatorsMayAct() {
        String adjudicator = officer(Role.ADJUDICATOR, "", "PUSAT");
        Pair pair = greyZoneCase("operator-sukasari");
        String decision = "/api/v1/adjudication/cases/" + pair.newer().packetId() + "/candidates/" + pair.earlier().packetId() + "/decision";

        HttpResponse<String> noReason = post(decision, basic(adjudicator), write(Map.of("verdict", "DUPLICATE", "reason", " ")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");
        HttpResponse<String> badVerdict = post(decision, basic(adjudicator), write(Map.of("verdict", "MAYBE", "reason", "ragu")));
        assertThat(badVerdict.statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/adjudication/cases/" + java.util.UUID.randomUUID(), basic(adjudicator)).statusCode()).isEqualTo(404);
        String dataCentre = officer(Role.DATA_CENTRE_OFFICER, "", "PUSAT");
        assertThat(post(decision, basic(dataCentre), write(Map.of("verdict", "DUPLICATE", "reason", "x"))).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM adjudication_vote WHERE packet_id = ?").param(pair.newer().packetId())
                .query(Integer.class).single()).isZero();
    }

    protected HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
