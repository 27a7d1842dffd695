package id.ektp.registry;

import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
class RegistryPages {

    private final ResidentRegistry registry;
    private final ResidentSearch search;
    private final WajibKtpList wajibKtp;
    private final RegionCatalog regions;
    private final RegionImport importer;
    private final RegistryAccess access;

    RegistryPages(ResidentRegistry registry, ResidentSearch search, WajibKtpList wajibKtp, RegionCatalog regions,
            RegionImport importer, RegistryAccess access) {
        this.registry = registry;
        this.search = search;
        this.wajibKtp = wajibKtp;
        this.regions = regions;
        this.importer = importer;
        this.access = access;
    }

    @GetMapping("/residents")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "AUTO") ResidentSearch.By by,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("by", by);
        model.addAttribute("modes", ResidentSearch.By.values());
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", search.search(q, by, Math.max(page, 0), 20));
            } catch (RegistryException e) {
                model.addAttribute("error", e.reason());
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
    String wajibKtp(@RequestParam(required = false) String kecamatan, @RequestParam(defaultValue = "false") boolean onlyWithoutKtp,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Officer officer = access.officer();
        String chosen = kecamatan;
        if ((chosen == null || chosen.isBlank()) && officer.regionCode().split("\\.").length >= 3) {
            chosen = officer.regionCode().substring(0, 8);
        }
        model.addAttribute("kecamatanChoices", kecamatanChoices(officer));
        model.addAttribute("kecamatan", chosen == null ? "" : chosen);
        model.addAttribute("onlyWithoutKtp", onlyWithoutKtp);
        if (chosen != null && !chosen.isBlank()) {
            try {
                model.addAttribute("list", wajibKtp.forKecamatan(chosen, onlyWithoutKtp, Math.max(page, 0), 50));
                model.addAttribute("kecamatanName", regions.nameOf(chosen));
            } catch (RegistryException e) {
                model.addAttribute("error", e.reason());
            }
        }
        return "registry/wajib-ktp";
    }

    /** The kecamatan an officer can pick from: those of their kabupaten/kota or kecamatan (a national list is too long). */
    private List<Region> kecamatanChoices(Officer officer) {
        String[] parts = officer.regionCode().isEmpty() ? new String[0] : officer.regionCode().split("\\.");
        if (parts.length == 2) {
            return regions.children(officer.regionCode());
        }
        if (parts.length >= 3) {
            return regions.find(officer.regionCode().substring(0, 8)).stream().toList();
        }
        return List.of();
    }

    @GetMapping("/admin/regions")
    String importPage(Model model) {
        requireAdmin();
        model.addAttribute("counts", regions.countPerLevel());
        return "registry/region-import";
    }

    @PostMapping("/admin/regions")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        requireAdmin();
        if (file.isEmpty()) {
            model.addAttribute("error", "file: empty");
        } else {
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("result", importer.importCsv(in, file.getOriginalFilename(), Progress.NONE));
            } catch (RegistryException e) {
                model.addAttribute("error", e.reason());
            }
        }
        model.addAttribute("counts", regions.countPerLevel());
        return "registry/region-import";
    }

    private void requireAdmin() {
        if (access.officer().role() != Role.SYSTEM_ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the system administrator imports regions");
        }
    }
}
