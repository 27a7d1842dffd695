package id.ektp.enrollment.upload;

import id.ektp.accounts.SystemActor;
import id.ektp.platform.startup.ProcessRole;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded default's service point enrols with the one-time code its own central left in the station
 * folder at first start, over HTTP to its own port, as any station would with a code typed in; then the
 * code is deleted. A separate service point is enrolled by its administrator (page or API).
 */
@Component
@OnServicePoint
class EnrolAtFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(EnrolAtFirstStart.class);

    private final ProcessRole role;
    private final StationIdentity identity;
    private final StationEnrolment enrolment;
    private final StationFiles files;
    private final String stationId;

    EnrolAtFirstStart(ProcessRole role, StationIdentity identity, StationEnrolment enrolment, StationFiles files,
            @Value("${ektp.station.id:32.73.01-01}") String stationId) {
        this.role = role;
        this.identity = identity;
        this.enrolment = enrolment;
        this.files = files;
        this.stationId = stationId;
    }

    @EventListener(ApplicationReadyEvent.class)
    void enrol() throws IOException {
        if (role != ProcessRole.EMBEDDED || identity.current().isPresent() || !Files.exists(files.localEnrolmentCode())) {
            return;
        }
        String code = StationFiles.read(files.localEnrolmentCode(), true).strip();
        try {
            SystemActor.run("station enrolment at first start", () -> enrolment.enrol(stationId, code));
            Files.deleteIfExists(files.localEnrolmentCode());
            LOG.info("This process's service point is enrolled at its own central as station {}", stationId);
        } catch (RuntimeException e) {
            // Not fatal: the officer UI still serves; the next start tries again, or the administrator enrols by hand.
            LOG.warn("The embedded service point could not enrol at its own central: {}", e.getMessage());
        }
    }
}
