package id.ektp.enrollment.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Regular applications and the regional fine schedules over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Applications")
class ApplicationApi {

    record ScheduleRequest(@NotNull @Min(0) @Max(100_000_000) Integer lateReportRupiah, @NotNull @Min(0) @Max(3650) Integer lateAfterDays,
            @NotNull @Min(0) @Max(100_000_000) Integer foreignerLateRupiah) {
    }

    private final Applications applications;

    ApplicationApi(Applications applications) {
        this.applications = applications;
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a regular application: reason, documents seen (one missing refuses it), the fine owed, the due date")
    ResponseEntity<Application> submit(@Valid @RequestBody SubmitApplication request) {
        Application application = applications.submit(request);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + application.id())).body(application);
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "A regular application of the caller's region")
    Application get(@PathVariable UUID id) {
        return applications.get(id);
    }

    @GetMapping("/applications/overdue")
    @Operation(summary = "Open applications past the service level's due date in the caller's region, oldest first")
    List<Application> overdue() {
        return applications.overdue();
    }

    @GetMapping("/fines/{kabupaten}")
    @Operation(summary = "A kabupaten/kota's fines for late reporting (seed 004's unless its regulation set others)")
    FineSchedule schedule(@PathVariable String kabupaten) {
        return applications.schedule(kabupaten);
    }

    @PutMapping("/fines/{kabupaten}")
    @Operation(summary = "Set a kabupaten/kota's fines from its regulation (its Dinas administrator)")
    FineSchedule setSchedule(@PathVariable String kabupaten, @Valid @RequestBody ScheduleRequest request) {
        return applications.setSchedule(kabupaten, request.lateReportRupiah(), request.lateAfterDays(), request.foreignerLateRupiah());
    }
}
