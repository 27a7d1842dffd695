package id.ektp.enrollment.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import id.ektp.accounts.officers.OfficeKind;
import id.ektp.enrollment.EnrollmentTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** A service point of its own per test, a resident confirmed at its desk, and the capture's API steps. */
abstract class CaptureTestSupport extends EnrollmentTestSupport {

    record Point(String office, String pelayanan, String operator) {
    }

    Point servicePoint(String kecamatan) {
        String office = "KEC-" + kecamatan.replace(".", "") + "-C" + UUID.randomUUID().toString().substring(0, 6);
        seeder.ensureOffice(office, "Loket perekaman uji", OfficeKind.KECAMATAN_SERVICE_POINT, kecamatan);
        return new Point(office, officer(Role.SERVICE_OFFICER, kecamatan, office), officer(Role.OPERATOR, kecamatan, office));
    }

    /** Checks the resident in by NIK, calls them and confirms their data; returns the check-in id. */
    String confirmedCheckIn(Point point, String nik) {
        HttpResponse<String> checkedIn = checkInByNik(point.pelayanan(), nik);
        assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(201);
        String id = body(checkedIn).get("id").asText();
        while (!body(post("/api/v1/desk/queue/next", basic(point.pelayanan()), null)).get("id").asText().equals(id)) {
            // earlier residents of this service point are called first
        }
        HttpResponse<String> confirmed = post("/api/v1/desk/check-ins/" + id + "/decision", basic(point.pelayanan()), "{\"confirmed\":true}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        return id;
    }

    JsonNode start(String operator, String checkInId) {
        HttpResponse<String> started = post("/api/v1/captures", basic(operator), write(Map.of("checkInId", checkInId)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return body(started);
    }

    JsonNode next(String operator, String captureId) {
        HttpResponse<String> step = post("/api/v1/captures/" + captureId + "/next", basic(operator), null);
        assertThat(step.statusCode()).as(step.body()).isEqualTo(200);
        return body(step);
    }

    /** Takes steps until the next one is {@code until} (or none is left); returns the capture then. */
    JsonNode stepsUntil(String operator, String captureId, String until) {
        JsonNode view = body(get("/api/v1/captures/" + captureId, basic(operator)));
        while (!view.get("nextStep").isNull() && !view.get("nextStep").asText().equals(until)) {
            view = next(operator, captureId);
        }
        return view;
    }

    String id(JsonNode view) {
        return view.at("/record/id").asText();
    }
}
