package id.ektp.registry.web;

import id.ektp.registry.regions.Progress;
import id.ektp.registry.RegistryException;
import id.ektp.registry.Resident;
import id.ektp.registry.ResultPage;
import id.ektp.registry.WajibKtpEntry;
import id.ektp.registry.WajibKtpList;
import id.ektp.registry.regions.RegionCatalog;
import id.ektp.registry.regions.RegionImport;
import id.ektp.registry.residents.RegistryAccess;
import id.ektp.registry.ResidentNotFoundException;
import id.ektp.registry.residents.ResidentRegistry;
import id.ektp.registry.residents.ResidentSearch;

import id.ektp.platform.domain.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registry's officer pages: resident search, a resident with family and history, the wajib-KTP
 * list of a kecamatan, and the region import of the system administrator.
 */
@Controller
public class RegistryPages {

    private final ResidentRegistry registry;
    private final ResidentSearch search;
    private final WajibKtpList wajibKtp;
    private final RegionCatalog regions;
    private final RegionImport importer;
    private final RegistryAccess access;
    private final KecamatanPicker picker;

    RegistryPages(ResidentRegistry registry, ResidentSearch search, WajibKtpList wajibKtp, RegionCatalog regions,
            RegionImport importer, RegistryAccess access, KecamatanPicker picker) {
        this.registry = registry;
        this.search = search;
        this.wajibKtp = wajibKtp;
        this.regions = regions;
        this.importer = importer;
        this.access = access;
        this.picker = picker;
    }

    @GetMapping("/residents")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "AUTO") ResidentSearch.By by,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("by", by);
        model.addAttribute("modes", ResidentSearch.By.values());
        if (q != null && !q.isBlank()) {
            try {
                ResultPage<Resident> results = search.search(q, by, Math.max(page, 0), 20);
                model.addAttribute("results", results);
                model.addAttribute("desaNames", regions.namesOf(results.items().stream().map(Resident::desaCode).toList()));
            } catch (RegistryException e) {
                model.addAttribute("error", e.problem());
            }
        }
        return "registry/residents";
    }

    @GetMapping("/residents/{nik}")
    String resident(@PathVariable String nik, Model model) {
        try {
            Resident resident = registry.get(nik);
            model.addAttribute("resident", resident);
            model.addAttribute("desa", regions.find(resident.desaCode()).orElse(null));
            model.addAttribute("kecamatan", regions.find(resident.kecamatanCode()).orElse(null));
            model.addAttribute("wajibKtp", resident.wajibKtpOn(java.time.LocalDate.now()));
            model.addAttribute("family", registry.family(resident.kkNumber()));
            model.addAttribute("history", registry.historyOf(nik));
        } catch (ResidentNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no resident " + nik + " in your region");
        }
        return "registry/resident";
    }

    @GetMapping("/wajib-ktp")
    String wajibKtp(@RequestParam(required = false) String kabupaten, @RequestParam(required = false) String kecamatan,
            @RequestParam(defaultValue = "false") boolean onlyWithoutKtp, @RequestParam(defaultValue = "0") int page, Model model) {
        KecamatanPicker.Choices choices = picker.choices(access.officer(), kabupaten, kecamatan);
        String chosen = choices.kecamatan();
        model.addAttribute("kabupatenChoices", choices.kabupatenChoices());
        model.addAttribute("kabupaten", choices.kabupaten() == null ? "" : choices.kabupaten());
        model.addAttribute("kecamatanChoices", choices.kecamatanChoices());
        model.addAttribute("kecamatan", chosen == null ? "" : chosen);
        model.addAttribute("onlyWithoutKtp", onlyWithoutKtp);
        if (chosen != null) {
            try {
                ResultPage<WajibKtpEntry> list = wajibKtp.forKecamatan(chosen, onlyWithoutKtp, Math.max(page, 0), 50);
                model.addAttribute("list", list);
                model.addAttribute("kecamatanName", regions.nameOf(chosen));
                model.addAttribute("desaNames", regions.namesOf(list.items().stream().map(WajibKtpEntry::desaCode).toList()));
            } catch (RegistryException e) {
                model.addAttribute("error", e.problem());
            }
        }
        return "registry/wajib-ktp";
    }

    @GetMapping("/admin/regions")
    String importPage(Model model) {
        model.addAttribute("counts", regions.countPerLevel());
        return "registry/region-import";
    }

    @PostMapping("/admin/regions")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", FieldProblem.of("file", "problem.regions.fileEmpty", "file: empty"));
        } else {
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("result", importer.importCsv(in, file.getOriginalFilename(), Progress.NONE));
            } catch (RegistryException e) {
                model.addAttribute("error", e.problem());
            }
        }
        model.addAttribute("counts", regions.countPerLevel());
        return "registry/region-import";
    }
}
