package id.ektp.identification.intake;

import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.packet.Pem;
import id.ektp.platform.web.AnswersConflict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Central's stations over REST: registration and revocation (system administrator), and a station's enrolment. */
@RestController
@RequestMapping("/api/v1/stations")
@Tag(name = "Stations")
@OnCentral
class StationApi {

    record RegisterRequest(@NotBlank @Size(max = 20) String stationId, @NotBlank @Size(max = 200) String name) {
    }

    record RegistrationView(String stationId, String code, Instant expiresAt) {
    }

    record RevokeRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** The code from the registration and a PKCS#10 request for the station's key (DER, Base64). */
    record EnrolRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 20_000) String certificationRequest) {
    }

    /** PEM: the station's certificate, central's encryption certificate, the station CA's certificate. */
    record EnrolmentView(String stationId, String certificate, String centralCertificate, String stationCaCertificate) {
    }

    private final Stations stations;
    private final CurrentOfficer current;

    StationApi(Stations stations, CurrentOfficer current) {
        this.stations = stations;
        this.current = current;
    }

    @PostMapping
    @AnswersConflict
    @Operation(summary = "Register a station; answers its one-time code, shown once (system administrator)")
    ResponseEntity<RegistrationView> register(@Valid @RequestBody RegisterRequest request) {
        Stations.Registration r = stations.register(request.stationId(), request.name(), officer().username());
        return ResponseEntity.created(URI.create("/api/v1/stations/" + r.stationId()))
                .body(new RegistrationView(r.stationId(), r.code(), r.expiresAt()));
    }

    @GetMapping
    @Operation(summary = "The stations central knows, with their state")
    List<Station> all() {
        return stations.all();
    }

    @PostMapping("/{stationId}/revocation")
    @AnswersConflict
    @Operation(summary = "Revoke a station: its packets are refused from now on (system administrator)")
    Station revoke(@PathVariable String stationId, @Valid @RequestBody RevokeRequest request) {
        return stations.revoke(stationId, request.reason(), officer().username());
    }

    @PostMapping("/{stationId}/enrolment")
    @Operation(summary = "A station's enrolment: its one-time code and certification request; answers its certificate and central's")
    @ApiResponse(responseCode = "403", description = "Unknown station, wrong, used or expired code, or an unacceptable request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    EnrolmentView enrol(@PathVariable String stationId, @Valid @RequestBody EnrolRequest request) {
        Stations.Enrolled enrolled = stations.enrol(stationId, request.code(), request.certificationRequest());
        return new EnrolmentView(stationId, Pem.of(enrolled.certificate()), Pem.of(enrolled.centralCertificate()),
                Pem.of(enrolled.stationCa()));
    }

    private Officer officer() {
        return current.find().orElseThrow(() -> new AccessDeniedException("no officer is signed in"));
    }
}
