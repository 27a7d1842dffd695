package id.ektp.identification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import id.ektp.accounts.SystemActor;
import id.ektp.identification.DuplicateResolved.Resolution;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A certain duplicate across two kabupaten/kota (Sukasari in Kota Bandung, Bogor Selatan in Kota Bogor): the Dinas
 * and the kecamatan of both records see the task; an officer of a third kecamatan neither sees it nor resolves it.
 */
class ClarificationScopingTest extends CentralTestSupport {

    @Test
    void bothRecordsRegionsSeeTheTaskAndNoOneElseDoes() {
        Pair pair = samePersonTwice("32.73.01.1001", "32.71.01.1003", "operator-sukasari");
        SystemActor.run("test-uniqueness", () -> adjudication.openClarification(pair.newer().packetId(), List.of(pair.earlier().packetId())));
        SystemActor.run("test-uniqueness", () -> adjudication.openClarification(pair.newer().packetId(), List.of(pair.earlier().packetId())));
        String taskId = taskOf(pair, officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273"));

        for (String seer : List.of(officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273"), officer(Role.DINAS_ADMIN, "32.71", "DINAS-3271"),
                officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301"), officer(Role.CAMAT, "32.71.01", "KEC-327101"))) {
            assertThat(taskOf(pair, seer)).as(seer).isEqualTo(taskId);
            JsonNode view = body(get("/api/v1/clarifications/" + taskId, basic(seer)));
            assertThat(view.at("/record/demographics/fullName").asText()).isEqualTo("ASEP SUNARDI");
            assertThat(view.at("/earlier/demographics/fullName").asText()).isEqualTo("ASEP SUNANDAR");
        }
        String coblong = officer(Role.SERVICE_OFFICER, "32.73.02", "KEC-327302");
        assertThat(body(get("/api/v1/clarifications?open=false", basic(coblong))).findValuesAsText("id")).doesNotContain(taskId);
        assertThat(get("/api/v1/clarifications/" + taskId, basic(coblong)).statusCode()).isEqualTo(404);
        assertThat(resolve(taskId, coblong, "FALSE_MATCH").statusCode()).isEqualTo(404);
        assertThat(resolve(taskId, officer(Role.CAMAT, "32.73.01", "KEC-327301"), "FALSE_MATCH").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/clarifications/" + taskId, basic(officer(Role.ADJUDICATOR, "", "PUSAT"))).statusCode()).isEqualTo(403);
        assertThat(events.resolved.stream().map(DuplicateResolved::packetId)).doesNotContain(pair.newer().packetId());
    }

    @Test
    void theResolutionIsRecordedOnceWithItsNoteAuditedAndPublished() {
        Pair pair = samePersonTwice("32.73.01.1001", "32.71.01.1003", "operator-sukasari");
        SystemActor.run("test-uniqueness", () -> adjudication.openClarification(pair.newer().packetId(), List.of(pair.earlier().packetId())));
        String bogor = officer(Role.SERVICE_OFFICER, "32.71.01", "KEC-327101");
        String taskId = taskOf(pair, bogor);

        HttpResponse<String> noNote = send("POST", "/api/v1/clarifications/" + taskId + "/resolution", basic(bogor),
                write(Map.of("resolution", "WITHDRAW_THIS", "note", "")));
        assertThat(noNote.statusCode()).isEqualTo(400);
        HttpResponse<String> resolved = resolve(taskId, bogor, "WITHDRAW_THIS");

        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(body(resolved).get("resolution").asText()).isEqualTo("WITHDRAW_THIS");
        assertThat(events.resolved).contains(new DuplicateResolved(pair.newer().packetId(), pair.earlier().packetId(), Resolution.WITHDRAW_THIS,
                "Penduduk mendaftar dua kali; rekaman baru ditarik"));
        assertThat(audited("CLARIFICATION_RESOLVE", pair.newer().packetId().toString())).isEqualTo(1);
        HttpResponse<String> again = resolve(taskId, officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273"), "MERGE");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("type").asText()).endsWith("/already-resolved");
    }

    private HttpResponse<String> resolve(String taskId, String officer, String resolution) {
        return send("POST", "/api/v1/clarifications/" + taskId + "/resolution", basic(officer),
                write(Map.of("resolution", resolution, "note", "Penduduk mendaftar dua kali; rekaman baru ditarik")));
    }

    private String taskOf(Pair pair, String officer) {
        for (JsonNode task : body(get("/api/v1/clarifications", basic(officer)))) {
            if (task.get("packetId").asText().equals(pair.newer().packetId().toString())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(officer + " does not see the task of " + pair.newer().packetId());
    }
}
