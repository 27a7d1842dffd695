package id.ektp.enrollment.desk;

import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.platform.web.AnswersConflict;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.registry.Resident;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The desk over REST: check-in, the queue of the day, calling the next number, the data check. */
@RestController
@RequestMapping("/api/v1/desk")
@Tag(name = "Desk")
class DeskApi {

    /** Either the summons QR's text or a NIK. */
    record CheckInRequest(@Size(max = 2000) String qr, String nik) {
    }

    /** {@code confirmed}, or what is wrong (sends the resident to the family-card correction). */
    record Decision(@NotNull Boolean confirmed, @Size(max = Desk.REASON_MAX) String reason) {
    }

    /** A check-in with the resident as the registry holds them, for the data check. */
    record CheckInView(CheckIn checkIn, Resident resident) {
    }

    private final Desk desk;
    private final EnrollmentAccess access;

    DeskApi(Desk desk, EnrollmentAccess access) {
        this.desk = desk;
        this.access = access;
    }

    @PostMapping("/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersConflict
    @ApiResponse(responseCode = "422", description = "The summons QR is refused: altered, forged, expired or of another kecamatan",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Check a resident in by their summons QR or NIK; answers their queue number of the day")
    ResponseEntity<CheckIn> checkIn(@Valid @RequestBody CheckInRequest request) {
        boolean hasQr = request.qr() != null && !request.qr().isBlank();
        boolean hasNik = request.nik() != null && !request.nik().isBlank();
        if (hasQr == hasNik) {
            throw new InvalidInputException("qr", "problem.checkIn.oneOf", "give either the summons QR or the NIK");
        }
        CheckIn checkIn = hasQr ? desk.checkInByQr(request.qr()) : desk.checkInByNik(request.nik().strip());
        return ResponseEntity.created(URI.create("/api/v1/desk/check-ins/" + checkIn.id())).body(checkIn);
    }

    @GetMapping("/check-ins")
    @Operation(summary = "Today's check-ins of the caller's service point, by queue number")
    List<CheckIn> today() {
        return desk.today(access.officer());
    }

    @GetMapping("/check-ins/{id}")
    @Operation(summary = "A check-in of the caller's service point, with the resident's registry data")
    CheckInView get(@PathVariable UUID id) {
        CheckIn checkIn = desk.find(id, access.officer());
        return new CheckInView(checkIn, desk.residentOf(checkIn));
    }

    @PostMapping("/queue/next")
    @AnswersConflict
    @Operation(summary = "Call the next waiting number to the counter (409 when nobody waits)")
    CheckIn callNext() {
        return desk.callNext();
    }

    @GetMapping("/queue/called")
    @Operation(summary = "The numbers called most recently at the caller's service point: what the waiting room shows")
    List<CheckIn> called() {
        return desk.called(access.officer());
    }

    @PostMapping("/check-ins/{id}/decision")
    @AnswersConflict
    @Operation(summary = "Confirm the called resident's data, or record what is wrong and send them to the family-card correction")
    CheckIn decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        return desk.decide(id, decision.confirmed(), decision.reason());
    }
}
