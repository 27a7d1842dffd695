package id.ektp.enrollment.capture;

import id.ektp.packet.CaptureMetadata.CaptureException.Reason;
import id.ektp.platform.domain.NotFoundException;
import id.ektp.platform.web.AnswersConflict;
import id.ektp.registry.Residents;
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
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The capture over REST: start, the next step through the devices, finger exceptions, close, discard, the proof of recording. */
@RestController
@RequestMapping("/api/v1/captures")
@Tag(name = "Capture")
class CaptureApi {

    record StartRequest(@NotNull UUID checkInId) {
    }

    record ExceptionRequest(@NotNull Integer position, @NotNull Reason reason) {
    }

    record DiscardRequest(@Size(max = Capture.REASON_MAX) String reason) {
    }

    private final Capture capture;
    private final ProofOfRecording proofs;
    private final Residents residents;

    CaptureApi(Capture capture, ProofOfRecording proofs, Residents residents) {
        this.capture = capture;
        this.proofs = proofs;
        this.residents = residents;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersConflict
    @Operation(summary = "Start the capture of a checked-in resident whose data the desk confirmed (409 when not confirmed or already started)")
    ResponseEntity<CaptureView> start(@Valid @RequestBody StartRequest request) {
        CaptureView view = capture.start(request.checkInId());
        return ResponseEntity.created(URI.create("/api/v1/captures/" + view.record().id())).body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A capture of the caller's service point: its steps, items with their quality, exceptions and chip check")
    CaptureView get(@PathVariable UUID id) {
        return capture.find(id);
    }

    @PostMapping("/{id}/next")
    @AnswersConflict
    @ApiResponse(responseCode = "422", description = "The device's capture is refused: not signed by a trusted device, or not the one asked for",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Take the capture's next step through the devices (fingers with re-captures, face, signature, irises, chip check)")
    CaptureView next(@PathVariable UUID id) {
        return capture.captureNext(id);
    }

    @PostMapping("/{id}/exceptions")
    @AnswersConflict
    @Operation(summary = "Record that a finger not captured yet is amputated, bandaged or unusable")
    CaptureView exception(@PathVariable UUID id, @Valid @RequestBody ExceptionRequest request) {
        return capture.declareException(id, request.position(), request.reason());
    }

    @PostMapping("/{id}/close")
    @AnswersConflict
    @Operation(summary = "Close a complete capture whose chip fingers verified: its packet is queued for central in the same transaction")
    CaptureView close(@PathVariable UUID id) {
        return capture.close(id);
    }

    @PostMapping("/{id}/discard")
    @AnswersConflict
    @Operation(summary = "Discard an open capture, with the reason; its biometrics are removed at once")
    CaptureView discard(@PathVariable UUID id, @Valid @RequestBody DiscardRequest request) {
        return capture.discard(id, request.reason());
    }

    @GetMapping(value = "/{id}/proof", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The proof of recording of a closed capture, an A4 PDF (404 until closed)")
    ResponseEntity<byte[]> proof(@PathVariable UUID id) {
        CaptureView view = capture.find(id);
        if (view.record().status() != CaptureStatus.CLOSED) {
            throw new NotFoundException("proof of recording", id.toString());
        }
        byte[] pdf = proofs.render(view, residents.findByNik(view.record().nik()).orElseThrow(() -> new NotFoundException("resident", "")));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("bukti-perekaman-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping(value = "/{id}/items/{item}", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "One captured image (FINGER_1 ... FINGER_10, FACE, SIGNATURE, IRIS_1, IRIS_2, CHIP_FINGER_n), until it is purged")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable String item) {
        return ItemPath.parse(item).map(p -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                        .body(capture.image(id, p.kind(), p.position())))
                .orElseThrow(() -> new NotFoundException("capture image", item));
    }

    /** An item's name in a path, {@code FINGER_2} or {@code FACE}. */
    record ItemPath(ItemKind kind, int position) {

        static java.util.Optional<ItemPath> parse(String item) {
            for (ItemKind kind : List.of(ItemKind.CHIP_FINGER, ItemKind.FINGER, ItemKind.FACE, ItemKind.SIGNATURE, ItemKind.IRIS)) {
                if (item.equals(kind.name())) {
                    return java.util.Optional.of(new ItemPath(kind, 0));
                }
                if (item.startsWith(kind.name() + "_") && item.substring(kind.name().length() + 1).matches("\\d{1,2}")) {
                    return java.util.Optional.of(new ItemPath(kind, Integer.parseInt(item.substring(kind.name().length() + 1))));
                }
            }
            return java.util.Optional.empty();
        }
    }
}
