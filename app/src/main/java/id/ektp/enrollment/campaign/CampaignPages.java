package id.ektp.enrollment.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.accounts.RegionDirectory;
import id.ektp.enrollment.summons.Deliveries;
import id.ektp.enrollment.summons.Delivery;
import id.ektp.enrollment.summons.Summons;
import id.ektp.enrollment.summons.SummonsStore;
import id.ektp.enrollment.web.Refusal;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.registry.ResultPage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign pages: the list and the opening form (Dinas), a campaign with its letters, signature, progress and deliveries. */
@Controller
class CampaignPages {

    private final Campaigns campaigns;
    private final SummonsStore summons;
    private final Deliveries deliveries;
    private final RegionDirectory regions;
    private final ObjectMapper json;
    private final MessageSource messages;

    CampaignPages(Campaigns campaigns, SummonsStore summons, Deliveries deliveries, RegionDirectory regions, ObjectMapper json,
            MessageSource messages) {
        this.messages = messages;
        this.campaigns = campaigns;
        this.summons = summons;
        this.deliveries = deliveries;
        this.regions = regions;
        this.json = json;
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("today", LocalDate.now(id.ektp.enrollment.summons.ServiceDays.ZONE));
        return "enrollment/campaigns";
    }

    @PostMapping("/campaigns")
    String open(@RequestParam String kecamatanCode, @RequestParam String firstDay, @RequestParam String lastDay,
            @RequestParam(defaultValue = "") List<String> places, Model model) {
        try {
            List<String> placeList = places.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
            OpenCampaign request = new OpenCampaign(kecamatanCode.strip(), day("firstDay", firstDay), day("lastDay", lastDay), placeList);
            if (!request.kecamatanCode().matches("\\d{2}\\.\\d{2}\\.\\d{2}")) {
                throw new InvalidInputException("kecamatanCode", "problem.campaign.kecamatan", "a kecamatan code such as 32.73.01");
            }
            if (placeList.isEmpty() || placeList.size() > 10) {
                throw new InvalidInputException("places", "problem.campaign.places", "one to ten places");
            }
            return "redirect:/campaigns/" + campaigns.open(request).id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems());
        } catch (Refusal e) {
            model.addAttribute("errors", List.of(e.problem()));
        }
        model.addAttribute("form", Map.of("kecamatanCode", kecamatanCode, "firstDay", firstDay, "lastDay", lastDay, "places", places));
        return list(model);
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) throws JsonProcessingException {
        Campaign campaign = campaigns.get(id);
        ResultPage<Summons> letters = summons.page(id, Math.max(page, 0), 50);
        Map<String, Map<String, Integer>> perDesa = summons.deliveryPerDesa(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("kecamatanName", regions.nameOf(campaign.kecamatanCode()).orElse(campaign.kecamatanCode()));
        model.addAttribute("letters", letters);
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("perDesa", perDesa);
        model.addAttribute("chart", json.writeValueAsString(chart(perDesa)));
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String outcome : List.of("DELIVERED", "NOT_FOUND", "MOVED", "DECEASED", "PENDING")) {
            labels.put(outcome, messages.getMessage("delivery." + outcome, null, outcome, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("chartLabels", json.writeValueAsString(labels));
        return "enrollment/campaign";
    }

    /** Polled by the page while the batch runs: the progress line only. */
    @GetMapping("/campaigns/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("campaign", campaigns.progress(id));
        return "enrollment/campaign :: progress";
    }

    @PostMapping("/campaigns/{id}/signature")
    String sign(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            campaigns.sign(id);
            redirect.addFlashAttribute("signed", true);
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
        }
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/summons/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        return deliveries.letter(id)
                .map(pdf -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("surat-panggilan-" + id + ".pdf").build().toString())
                        .contentType(MediaType.APPLICATION_PDF).body(pdf))
                .orElseThrow(() -> new id.ektp.platform.domain.NotFoundException("summons letter", id.toString()));
    }

    @PostMapping("/summons/{id}/delivery")
    String delivery(@PathVariable UUID id, @RequestParam Delivery delivery, @RequestParam UUID campaign, @RequestParam(defaultValue = "0") int page) {
        deliveries.record(id, delivery);
        return "redirect:/campaigns/" + campaign + "?page=" + page;
    }

    /** ECharts' dataset for a stacked bar per desa: the desa, then one series per outcome. */
    private Map<String, Object> chart(Map<String, Map<String, Integer>> perDesa) {
        List<String> desa = List.copyOf(perDesa.keySet());
        List<String> outcomes = List.of("DELIVERED", "NOT_FOUND", "MOVED", "DECEASED", "PENDING");
        Map<String, Object> series = new java.util.LinkedHashMap<>();
        for (String outcome : outcomes) {
            series.put(outcome, desa.stream().map(d -> perDesa.get(d).getOrDefault(outcome, 0)).toList());
        }
        return Map.of("desa", desa.stream().map(d -> regions.nameOf(d).orElse(d)).toList(), "series", series);
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "problem.campaign.date", "a date such as 2026-12-01");
        }
    }
}
