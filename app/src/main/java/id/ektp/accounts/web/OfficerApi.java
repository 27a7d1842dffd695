package id.ektp.accounts.web;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import id.ektp.platform.web.AnswersConflict;
import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.accounts.officers.NewOffice;
import id.ektp.accounts.officers.NewOfficer;
import id.ektp.accounts.officers.Office;
import id.ektp.accounts.officers.OfficerAdministration;
import id.ektp.accounts.officers.OfficerChange;
import id.ektp.accounts.officers.PasswordChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Officer and office administration over the API (system administrator; Dinas administrator for their kabupaten). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Officers", description = "Officer accounts, roles, regions and offices")
class OfficerApi {

    private final OfficerAdministration administration;
    private final CurrentOfficer currentOfficer;

    OfficerApi(OfficerAdministration administration, CurrentOfficer currentOfficer) {
        this.administration = administration;
        this.currentOfficer = currentOfficer;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in officer")
    Officer me() {
        return currentOfficer.get();
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the signed-in officer's own password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change) {
        administration.changeOwnPassword(change);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/officers")
    @Operation(summary = "Officers the caller may manage")
    List<OfficerView> officers() {
        return administration.visibleOfficers().stream().map(OfficerView::of).toList();
    }

    @GetMapping("/officers/{username}")
    @Operation(summary = "An officer the caller may manage")
    OfficerView officer(@PathVariable String username) {
        return OfficerView.of(administration.officer(username));
    }

    @PostMapping("/officers")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersConflict
    @Operation(summary = "Open an officer account")
    ResponseEntity<OfficerView> create(@Valid @RequestBody NewOfficer request) {
        OfficerView created = OfficerView.of(administration.create(request));
        return ResponseEntity.created(URI.create("/api/v1/officers/" + created.username())).body(created);
    }

    @PutMapping("/officers/{username}")
    @Operation(summary = "Change an officer's name, role, region, office or enabled state")
    OfficerView change(@PathVariable String username, @Valid @RequestBody OfficerChange change) {
        return OfficerView.of(administration.change(username, change));
    }

    @PostMapping("/officers/{username}/unlock")
    @Operation(summary = "Lift a lock-out after failed logins")
    OfficerView unlock(@PathVariable String username) {
        return OfficerView.of(administration.unlock(username));
    }

    @GetMapping("/offices")
    @Operation(summary = "Offices within the caller's region")
    List<Office> offices() {
        return administration.visibleOffices();
    }

    @PostMapping("/offices")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersConflict
    @Operation(summary = "Open an office")
    ResponseEntity<Office> createOffice(@Valid @RequestBody NewOffice request) {
        Office office = administration.createOffice(request);
        return ResponseEntity.created(URI.create("/api/v1/offices/" + office.code())).body(office);
    }
}
