package id.ektp.enrollment.upload;

import id.ektp.platform.web.AnswersConflict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The service point's station and outbox over REST: enrolling the station at central, and each packet's delivery and central status. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Outbox")
@OnServicePoint
class UploadApi {

    record EnrolRequest(@NotBlank @Size(max = 20) String stationId, @NotBlank @Size(max = 40) String code) {
    }

    /** This service point's station: its ID once enrolled, and where central is. */
    record StationView(String stationId, boolean enrolled, String centralUrl) {
    }

    private final StationEnrolment enrolment;
    private final StationIdentity identity;
    private final CentralAddress central;
    private final Outbox outbox;

    UploadApi(StationEnrolment enrolment, StationIdentity identity, CentralAddress central, Outbox outbox) {
        this.enrolment = enrolment;
        this.identity = identity;
        this.central = central;
        this.outbox = outbox;
    }

    @GetMapping("/station")
    @Operation(summary = "This service point's station: enrolled at central or not, and central's address")
    StationView station() {
        return view();
    }

    @PostMapping("/station/enrolment")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersConflict
    @Operation(summary = "Enrol this service point at central with the one-time code central's administrator gave (system administrator)")
    StationView enrol(@Valid @RequestBody EnrolRequest request) {
        enrolment.enrol(request.stationId().strip(), request.code());
        return view();
    }

    @GetMapping("/outbox")
    @Operation(summary = "The packets of the officer's region, newest first (200 at most): delivery state and status at central")
    List<OutboxEntry> list() {
        return outbox.list();
    }

    @GetMapping("/outbox/{packetId}")
    @Operation(summary = "One packet's delivery and status at central")
    OutboxEntry get(@PathVariable UUID packetId) {
        return outbox.get(packetId);
    }

    private StationView view() {
        return new StationView(identity.stationId().orElse(null), identity.current().isPresent(),
                central.base().map(Object::toString).orElse(null));
    }
}
