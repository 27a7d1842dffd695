package id.ektp.identification.uniqueness;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data centre's API of the uniqueness check: stages, records, the gallery, reprocessing parked records. */
@RestController
@RequestMapping("/api/v1/uniqueness")
class UniquenessApi {

    private final UniquenessOverview overview;
    private final StageTimings timings;

    UniquenessApi(UniquenessOverview overview, StageTimings timings) {
        this.overview = overview;
        this.timings = timings;
    }

    record Overview(Map<Stage, Integer> stages, UniquenessOverview.GalleryState gallery, Map<Stage, StageTimings.Timing> timings) {
    }

    @GetMapping
    @Operation(summary = "Records per stage, the gallery's state, and each worked stage's mean time since the start")
    Overview overview() {
        return new Overview(overview.perStage(), overview.gallery(), timings.snapshot());
    }

    record GalleryCheck(int persons, int members, int missing) {
    }

    @GetMapping("/gallery")
    @Operation(summary = "The gallery against the records: persons in the folder, records that belong there, those missing")
    GalleryCheck gallery() {
        UniquenessOverview.GalleryState state = overview.gallery();
        return new GalleryCheck(state.persons(), state.members(), overview.missingFromGallery());
    }

    @GetMapping("/records")
    @Operation(summary = "The records of one stage, oldest first (default: the parked ones)")
    List<UniquenessRecord> records(@RequestParam(defaultValue = "PARKED") Stage stage,
            @RequestParam(defaultValue = "100") int limit) {
        return overview.inStage(stage, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/records/{packetId}")
    @Operation(summary = "One record with the candidates the check found")
    UniquenessOverview.Detail record(@PathVariable UUID packetId) {
        return overview.detail(packetId);
    }

    @PostMapping("/records/{packetId}/reprocess")
    @Operation(summary = "Sends a parked record back to the stage it failed in, its retries afresh (409 if not parked)")
    UniquenessRecord reprocess(@PathVariable UUID packetId) {
        return overview.reprocess(packetId);
    }
}
