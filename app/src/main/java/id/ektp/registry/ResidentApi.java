package id.ektp.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Residents, families, NIK and the wajib-KTP list over REST. */
@RestController
@RequestMapping("/api/v1")
class ResidentApi {

    record NikRequest(@NotNull @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}", message = "a kecamatan code such as 32.73.01") String kecamatanCode,
            @NotNull LocalDate birthDate, @NotNull Sex sex) {
    }

    record FamilyRequest(@NotNull @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "a desa/kelurahan code such as 32.73.01.1001") String desaCode) {
    }

    record NikCheck(String nik, boolean valid, String reason, String kecamatanCode, LocalDate birthDate, Sex sex, Integer serial) {
    }

    private final ResidentRegistry registry;
    private final ResidentSearch search;
    private final WajibKtpList wajibKtp;
    private final NikRules nikRules;

    ResidentApi(ResidentRegistry registry, ResidentSearch search, WajibKtpList wajibKtp, NikRules nikRules) {
        this.registry = registry;
        this.search = search;
        this.wajibKtp = wajibKtp;
        this.nikRules = nikRules;
    }

    @PostMapping("/residents")
    ResponseEntity<Resident> register(@Valid @RequestBody ResidentData data) {
        Resident resident = registry.register(data);
        return ResponseEntity.created(URI.create("/api/v1/residents/" + resident.nik())).body(resident);
    }

    @GetMapping("/residents/{nik}")
    Resident get(@PathVariable String nik) {
        return registry.get(nik);
    }

    @PutMapping("/residents/{nik}")
    Resident update(@PathVariable String nik, @Valid @RequestBody ResidentData data) {
        return registry.update(nik, data);
    }

    @DeleteMapping("/residents/{nik}")
    ResponseEntity<Void> delete(@PathVariable String nik) {
        registry.delete(nik);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/residents/{nik}/history")
    List<ResidentHistory.Entry> history(@PathVariable String nik) {
        return registry.historyOf(nik);
    }

    /** Search: {@code by} is NIK, KK, NAME or AUTO (a 16-digit query is a NIK or KK, anything else a name). */
    @GetMapping("/residents")
    ResultPage<Resident> search(@RequestParam String q, @RequestParam(defaultValue = "AUTO") ResidentSearch.By by,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return search.search(q, by, page, size);
    }

    @GetMapping("/families/{kkNumber}")
    List<Resident> family(@PathVariable String kkNumber) {
        return registry.family(kkNumber);
    }

    @PostMapping("/families")
    ResponseEntity<Map<String, String>> openFamily(@Valid @RequestBody FamilyRequest request) {
        String kk = registry.openFamily(request.desaCode());
        return ResponseEntity.created(URI.create("/api/v1/families/" + kk)).body(Map.of("kkNumber", kk));
    }

    @GetMapping("/wajib-ktp")
    ResultPage<WajibKtpEntry> wajibKtp(@RequestParam String kecamatan,
            @RequestParam(defaultValue = "false") boolean onlyWithoutKtp,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return wajibKtp.forKecamatan(kecamatan, onlyWithoutKtp, page, size);
    }

    /** Checks a NIK against the rules; always 200, with {@code valid} and the reason when it is not. */
    @GetMapping("/nik/{nik}")
    NikCheck checkNik(@PathVariable String nik) {
        try {
            Nik valid = nikRules.validate("nik", nik);
            return new NikCheck(nik, true, null, valid.kecamatanCode(), valid.birthDate(), valid.sex(), valid.serial());
        } catch (InvalidNikException e) {
            return new NikCheck(nik, false, e.reason(), null, null, null, null);
        }
    }

    @PostMapping("/nik")
    ResponseEntity<Map<String, String>> issueNik(@Valid @RequestBody NikRequest request) {
        Nik nik = registry.reserveNik(request.kecamatanCode(), request.birthDate(), request.sex());
        return ResponseEntity.status(201).body(Map.of("nik", nik.value()));
    }
}
