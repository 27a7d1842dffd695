package id.ektp.enrollment.campaign;

import id.ektp.enrollment.summons.Summons;
import id.ektp.enrollment.summons.SummonsStore;
import id.ektp.platform.web.AnswersConflict;
import id.ektp.registry.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mass campaigns over REST: the Dinas opens, the Camat signs, everyone of the kecamatan follows the batch. */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns")
class CampaignApi {

    /** A campaign with what its page shows: the letters made so far and the delivery counts per desa. */
    record CampaignView(Campaign campaign, Map<String, Map<String, Integer>> deliveryPerDesa) {
    }

    private final Campaigns campaigns;
    private final SummonsStore summons;

    CampaignApi(Campaigns campaigns, SummonsStore summons) {
        this.campaigns = campaigns;
        this.summons = summons;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersConflict
    @Operation(summary = "Open a campaign for a kecamatan: one summons per wajib-KTP resident without an e-KTP (Dinas administrator)")
    ResponseEntity<Campaign> open(@Valid @RequestBody OpenCampaign request) {
        Campaign campaign = campaigns.open(request);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id())).body(campaign);
    }

    @GetMapping
    @Operation(summary = "The campaigns of the caller's region, newest first")
    List<Campaign> list() {
        return campaigns.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A campaign: status, letters made so far, deliveries per desa")
    CampaignView get(@PathVariable UUID id) {
        return new CampaignView(campaigns.get(id), summons.deliveryPerDesa(id));
    }

    @GetMapping("/{id}/summons")
    @Operation(summary = "The summons letters of a campaign, in order")
    ResultPage<Summons> letters(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        campaigns.get(id);
        return summons.page(id, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }

    @PostMapping("/{id}/signature")
    @AnswersConflict
    @Operation(summary = "The Camat of the kecamatan signs the campaign's letters; they are made in the background")
    Campaign sign(@PathVariable UUID id) {
        return campaigns.sign(id);
    }
}
