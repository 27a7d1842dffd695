package id.ektp.registry.web;

import id.ektp.registry.Resident;
import id.ektp.registry.ResultPage;
import id.ektp.registry.Sex;
import id.ektp.registry.WajibKtpEntry;
import id.ektp.registry.WajibKtpList;
import id.ektp.registry.numbering.InvalidNikException;
import id.ektp.registry.numbering.Nik;
import id.ektp.registry.numbering.NikRules;
import id.ektp.registry.residents.ResidentData;
import id.ektp.registry.residents.ResidentHistory;
import id.ektp.registry.residents.ResidentRegistry;
import id.ektp.registry.residents.ResidentSearch;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import id.ektp.platform.web.AnswersConflict;
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
@Tag(name = "Residents")
public class ResidentApi {

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
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersConflict
    @Operation(summary = "Register a resident (a NIK is issued unless one is given)")
    ResponseEntity<Resident> register(@Valid @RequestBody ResidentData data) {
        Resident resident = registry.register(data);
        return ResponseEntity.created(URI.create("/api/v1/residents/" + resident.nik())).body(resident);
    }

    @GetMapping("/residents/{nik}")
    @Operation(summary = "A resident of the caller's region, by NIK")
    Resident get(@PathVariable String nik) {
        return registry.get(nik);
    }

    @PutMapping("/residents/{nik}")
    @Operation(summary = "Correct a resident's record (every changed field goes into the history)")
    Resident update(@PathVariable String nik, @Valid @RequestBody ResidentData data) {
        return registry.update(nik, data);
    }

    @DeleteMapping("/residents/{nik}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a resident registered by mistake (not one with an e-KTP)")
    ResponseEntity<Void> delete(@PathVariable String nik) {
        registry.delete(nik);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/residents/{nik}/history")
    @Operation(summary = "The changes of a resident's record, newest first")
    List<ResidentHistory.Entry> history(@PathVariable String nik) {
        return registry.historyOf(nik);
    }

    /** Search: {@code by} is NIK, KK, NAME or AUTO (a 16-digit query is a NIK or KK, anything else a name). */
    @GetMapping("/residents")
    @Operation(summary = "Search residents by name (typos tolerated), NIK or KK number")
    ResultPage<Resident> search(@RequestParam String q, @RequestParam(defaultValue = "AUTO") ResidentSearch.By by,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return search.search(q, by, page, size);
    }

    @GetMapping("/families/{kkNumber}")
    @Operation(summary = "The members of a family card (KK)")
    List<Resident> family(@PathVariable String kkNumber) {
        return registry.family(kkNumber);
    }

    @PostMapping("/families")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a new family card (KK) in a desa/kelurahan")
    ResponseEntity<Map<String, String>> openFamily(@Valid @RequestBody FamilyRequest request) {
        String kk = registry.openFamily(request.desaCode());
        return ResponseEntity.created(URI.create("/api/v1/families/" + kk)).body(Map.of("kkNumber", kk));
    }

    @GetMapping("/wajib-ktp")
    @Operation(summary = "The residents of a kecamatan who must hold an e-KTP")
    ResultPage<WajibKtpEntry> wajibKtp(@RequestParam String kecamatan,
            @RequestParam(defaultValue = "false") boolean onlyWithoutKtp,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return wajibKtp.forKecamatan(kecamatan, onlyWithoutKtp, page, size);
    }

    /** Checks a NIK against the rules; always 200, with {@code valid} and the reason when it is not. */
    @GetMapping("/nik/{nik}")
    @Operation(summary = "Check a NIK against the rules (always 200, with the reason when it is not valid)")
    NikCheck checkNik(@PathVariable String nik) {
        try {
            Nik valid = nikRules.validate("nik", nik);
            return new NikCheck(nik, true, null, valid.kecamatanCode(), valid.birthDate(), valid.sex(), valid.serial());
        } catch (InvalidNikException e) {
            return new NikCheck(nik, false, e.reason(), null, null, null, null);
        }
    }

    @PostMapping("/nik")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reserve the next free NIK of a kecamatan for a birth date and sex")
    ResponseEntity<Map<String, String>> issueNik(@Valid @RequestBody NikRequest request) {
        Nik nik = registry.reserveNik(request.kecamatanCode(), request.birthDate(), request.sex());
        return ResponseEntity.created(URI.create("/api/v1/nik/" + nik.value())).body(Map.of("nik", nik.value()));
    }
}
