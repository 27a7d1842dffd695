package id.ektp.identification.adjudication;

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
import org.springframework.web.bind.annotation.RestController;

/** Adjudication over REST: the adjudicator's queue, a case with its evidence, a verdict per candidate. */
@RestController
@RequestMapping("/api/v1/adjudication")
@Tag(name = "Adjudication")
class AdjudicationApi {

    /** A verdict on one candidate and why. */
    record Decision(@NotNull Verdict verdict, @NotNull @Size(max = AdjudicationCases.REASON_MAX) String reason) {
    }

    private final AdjudicationCases cases;
    private final CaseViews views;
    private final IdentificationAccess access;

    AdjudicationApi(AdjudicationCases cases, CaseViews views, IdentificationAccess access) {
        this.cases = cases;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/cases")
    @Operation(summary = "The cases waiting for the caller, oldest first (never one they captured, nor of their home region when so configured)")
    List<AdjudicationCase> queue() {
        return cases.queue(access.officer(), 200);
    }

    @GetMapping("/cases/{packetId}")
    @AnswersConflict
    @Operation(summary = "A case: the new record and each candidate, finger by finger with scores and the paired minutiae (409 on a conflict of interest)")
    CaseViews.CaseView get(@PathVariable UUID packetId) {
        return views.of(cases.open(packetId, access.officer()));
    }

    @PostMapping("/cases/{packetId}/candidates/{candidatePacketId}/decision")
    @AnswersConflict
    @Operation(summary = "The caller's verdict on one candidate, with the reason; the case is decided when every candidate has its agreed verdict")
    AdjudicationCase decide(@PathVariable UUID packetId, @PathVariable UUID candidatePacketId, @Valid @RequestBody Decision decision) {
        return cases.vote(packetId, candidatePacketId, decision.verdict(), decision.reason(), access.officer());
    }
}
