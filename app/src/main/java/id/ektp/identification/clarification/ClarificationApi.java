package id.ektp.identification.clarification;

import id.ektp.identification.DuplicateResolved.Resolution;
import id.ektp.identification.web.IdentificationAccess;
import id.ektp.platform.web.AnswersConflict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Duplicate clarification tasks over REST, for the Dinas and the kecamatan of either record. */
@RestController
@RequestMapping("/api/v1/clarifications")
@Tag(name = "Clarifications")
class ClarificationApi {

    /** How the duplicate was clarified with the resident, and what showed it. */
    record ResolutionRequest(@NotNull Resolution resolution, @NotNull @Size(max = Clarifications.NOTE_MAX) String note) {
    }

    private final Clarifications clarifications;
    private final IdentificationAccess access;

    ClarificationApi(Clarifications clarifications, IdentificationAccess access) {
        this.clarifications = clarifications;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The duplicates of the caller's region (either record's kecamatan): open ones oldest first, or all with open=false")
    List<ClarificationTask> list(@RequestParam(defaultValue = "true") boolean open) {
        return clarifications.list(access.officer(), open);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task with both records side by side (404 outside the caller's region)")
    ClarificationView get(@PathVariable UUID id) {
        return clarifications.read(id, access.officer());
    }

    @PostMapping("/{id}/resolution")
    @AnswersConflict
    @Operation(summary = "Record the resolution (WITHDRAW_THIS, WITHDRAW_EARLIER, MERGE, FALSE_MATCH) with a note; 409 when already resolved")
    ClarificationTask resolve(@PathVariable UUID id, @Valid @RequestBody ResolutionRequest request) {
        return clarifications.resolve(id, request.resolution(), request.note(), access.officer());
    }
}
