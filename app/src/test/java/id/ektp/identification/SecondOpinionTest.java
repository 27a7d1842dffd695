package id.ektp.identification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The production rules: each candidate needs two adjudicators who agree (a disagreement goes to a third, whose
 * vote makes the majority), and an adjudicator never decides a case from their home region.
 */
@TestPropertySource(properties = {"ektp.adjudication.second-opinion=true", "ektp.adjudication.exclude-home-region=true",
        "ektp.adjudication.home-regions.ajudikator-bandung=32.73"})
class SecondOpinionTest extends CentralTestSupport {

    @Test
    void oneVerdictIsNotEnoughAndTheSecondAdjudicatorsAgreementDecidesTheCase() {
        Pair pair = greyZoneCase("operator-sukasari");
        String first = officer(Role.ADJUDICATOR, "", "PUSAT");
        String second = officer(Role.ADJUDICATOR, "", "PUSAT");

        JsonNode afterFirst = body(vote(pair, first, "DUPLICATE"));
        assertThat(afterFirst.get("agreementsNeeded").asInt()).isEqualTo(2);
        assertThat(afterFirst.get("decidedAt").isNull()).isTrue();
        assertThat(afterFirst.at("/candidates/0/verdict").isNull()).isTrue();
        // The first adjudicator cannot give the second opinion themself, and the case has left their queue.
        HttpResponse<String> twice = vote(pair, first, "DUPLICATE");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(body(twice).get("type").asText()).endsWith("/already-voted");
        assertThat(queue(first)).doesNotContain(pair.newer().packetId().toString());
        assertThat(queue(second)).contains(pair.newer().packetId().toString());
        assertThat(events.decided.stream().map(CaseDecided::packetId)).doesNotContain(pair.newer().packetId());

        JsonNode afterSecond = body(vote(pair, second, "DUPLICATE"));

        assertThat(afterSecond.at("/candidates/0/verdict").asText()).isEqualTo("DUPLICATE");
        assertThat(afterSecond.get("decidedAt").isNull()).isFalse();
        assertThat(events.decided).contains(new CaseDecided(pair.newer().packetId(), List.of(pair.earlier().packetId())));
    }

    @Test
    void aDisagreementGoesToAThirdAdjudicatorWhoseVoteMakesTheMajority() {
        Pair pair = greyZoneCase("operator-sukasari");
        String first = officer(Role.ADJUDICATOR, "", "PUSAT");
        String second = officer(Role.ADJUDICATOR, "", "PUSAT");
        String third = officer(Role.ADJUDICATOR, "", "PUSAT");

        vote(pair, first, "DUPLICATE");
        JsonNode split = body(vote(pair, second, "NOT_DUPLICATE"));
        assertThat(split.get("decidedAt").isNull()).isTrue();
        assertThat(queue(third)).contains(pair.newer().packetId().toString());

        JsonNode decided = body(vote(pair, third, "NOT_DUPLICATE"));

        assertThat(decided.at("/candidates/0/verdict").asText()).isEqualTo("NOT_DUPLICATE");
        assertThat(decided.at("/candidates/0/votes").size()).isEqualTo(3);
        assertThat(events.decided).contains(new CaseDecided(pair.newer().packetId(), List.of()));
        assertThat(jdbc.sql("SELECT count(*) FROM clarification_task WHERE packet_id = ?").param(pair.newer().packetId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anAdjudicatorFromTheRecordsHomeRegionNeitherSeesNorDecidesIt() {
        seeder.ensureOfficer("ajudikator-bandung", "Ajudikator asal Bandung", Role.ADJUDICATOR, "", "PUSAT", PASSWORD);
        Pair pair = greyZoneCase("operator-sukasari"); // Sukasari, 32.73.01: inside Kota Bandung

        assertThat(queue("ajudikator-bandung")).doesNotContain(pair.newer().packetId().toString());
        HttpResponse<String> refused = vote(pair, "ajudikator-bandung", "NOT_DUPLICATE");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(body(refused).at("/errors/0/reason").asText()).contains("home region 32.73");
    }

    private HttpResponse<String> vote(Pair pair, String adjudicator, String verdict) {
        return post("/api/v1/adjudication/cases/" + pair.newer().packetId() + "/candidates/" + pair.earlier().packetId() + "/decision",
                basic(adjudicator), write(Map.of("verdict", verdict, "reason", "perbandingan minusi jari telunjuk")));
    }

    private List<String> queue(String adjudicator) {
        return body(get("/api/v1/adjudication/cases", basic(adjudicator))).findValuesAsText("packetId");
    }
}
