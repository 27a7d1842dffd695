package id.ektp.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Regular applications over real HTTP (seeds 002, 004): required documents, the region's fine, the service level. */
class ApplicationApiTest extends EnrollmentTestSupport {

    static final List<String> LOST_WITHOUT_REPORT = List.of("COVER_LETTER", "APPLICATION_FORM", "KK_COPY");

    HttpResponse<String> apply(String officer, String nik, String reason, List<String> documents) {
        return post("/api/v1/applications", basic(officer), write(Map.of("nik", nik, "reason", reason, "documents", documents)));
    }

    @Test
    void aLostCardApplicationWithoutThePoliceReportIsRefusedAuditedAndNotStored() {
        String pelayanan = serviceOfficer(SUKASARI);
        String nik = resident(pelayanan, "32.73.01.1001", "AGUS SALIM");
        int refusedBefore = audited("APPLICATION_REFUSED");

        HttpResponse<String> refused = apply(pelayanan, nik, "LOST", LOST_WITHOUT_REPORT);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).at("/errors/0/field").asText()).isEqualTo("documents");
        assertThat(body(refused).at("/errors/0/reason").asText()).contains("POLICE_REPORT");
        assertThat(audited("APPLICATION_REFUSED")).isEqualTo(refusedBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM application WHERE nik = ?").param(nik).query(Integer.class).single()).isZero();

        List<String> all = new java.util.ArrayList<>(LOST_WITHOUT_REPORT);
        all.add("POLICE_REPORT");
        HttpResponse<String> accepted = apply(pelayanan, nik, "LOST", all);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode application = body(accepted);
        assertThat(application.get("fineRupiah").asInt()).isZero();
        LocalDate submitted = LocalDate.parse(application.get("submittedOn").asText());
        LocalDate due = LocalDate.parse(application.get("dueOn").asText());
        int workingDays = 0;
        for (LocalDate d = submitted.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        assertThat(workingDays).isEqualTo(14);
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void aLateFirstCardOwesTheFineOfTheResidentsKabupatenSeed004sUnlessItsDinasSetAnother() {
        String pelayanan = serviceOfficer(COBLONG);
        String dinas = dinasBandung();
        List<String> newCard = List.of("COVER_LETTER", "APPLICATION_FORM", "KK_COPY");
        JsonNode defaults = body(get("/api/v1/fines/32.73", basic(pelayanan)));
        assertThat(defaults.get("lateReportRupiah").asInt()).isEqualTo(25_000);
        assertThat(defaults.get("foreignerLateRupiah").asInt()).isEqualTo(1_000_000);
        // Born in 2000: turned 17 in 2017, far more than 30 days ago.
        assertThat(body(apply(pelayanan, resident(pelayanan, "32.73.02.1003", "BAMBANG"), "NEW", newCard)).get("fineRupiah").asInt())
                .isEqualTo(25_000);

        String dinasBogor = officer(Role.DINAS_ADMIN, "32.71", "DINAS-3271");
        String schedule = "{\"lateReportRupiah\":50000,\"lateAfterDays\":30,\"foreignerLateRupiah\":1500000}";
        assertThat(send("PUT", "/api/v1/fines/32.73", basic(dinasBogor), schedule).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/fines/32.73", basic(dinasBogor)).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/v1/fines/32.73", basic(pelayanan), schedule).statusCode()).isEqualTo(403);
        try {
            assertThat(send("PUT", "/api/v1/fines/32.73", basic(dinas), schedule).statusCode()).isEqualTo(200);
            assertThat(body(apply(pelayanan, resident(pelayanan, "32.73.02.1003", "BAMBANG SUSILO"), "NEW", newCard))
                    .get("fineRupiah").asInt()).isEqualTo(50_000);
        } finally {
            send("PUT", "/api/v1/fines/32.73", basic(dinas), "{\"lateReportRupiah\":25000,\"lateAfterDays\":30,\"foreignerLateRupiah\":1000000}");
        }
        assertThat(audited("FINE_SCHEDULE_SET")).isPositive();
    }

    @Test
    void theDinasListsOverdueApplicationsOfItsRegionOnly() {
        String pelayanan = serviceOfficer(SUKASARI);
        String nik = resident(pelayanan, "32.73.01.1002", "CECEP GUNAWAN");
        String id = body(apply(pelayanan, nik, "DATA_CHANGE", List.of("COVER_LETTER", "APPLICATION_FORM", "KK_COPY", "OLD_KTP")))
                .get("id").asText();
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        jdbc.sql("UPDATE application SET due_on = ? WHERE id = ?::uuid").params(yesterday, id).update();

        assertThat(body(get("/api/v1/applications/overdue", basic(dinasBandung()))).findValuesAsText("id")).contains(id);
        String dinasBogor = officer(Role.DINAS_ADMIN, "32.71", "DINAS-3271");
        assertThat(body(get("/api/v1/applications/overdue", basic(dinasBogor))).findValuesAsText("id")).doesNotContain(id);
        assertThat(get("/api/v1/applications/" + id, basic(dinasBogor)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/applications/" + id, basic(serviceOfficer(COBLONG))).statusCode()).isEqualTo(404);
    }
}
