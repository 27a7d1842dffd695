package id.ektp.identification.intake;

import id.ektp.accounts.SystemActor;
import id.ektp.platform.startup.ProcessRole;
import id.ektp.platform.startup.StartupSeed;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default plays both roles: at first start central registers the process's own station as
 * a system administrator would, and leaves the one-time code in the station folder, where the service
 * point finds it and enrols over HTTP through the same path as any station. A separate central never
 * does this.
 */
@Component
@OnCentral
@Order(100)
class LocalStationRegistration implements StartupSeed {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStationRegistration.class);

    private final ProcessRole role;
    private final Stations stations;
    private final CentralFiles files;
    private final String stationId;

    LocalStationRegistration(ProcessRole role, Stations stations, CentralFiles files,
            @Value("${ektp.station.id:32.73.01-01}") String stationId) {
        this.role = role;
        this.stations = stations;
        this.files = files;
        this.stationId = stationId;
    }

    @Override
    public void seed() {
        if (role != ProcessRole.EMBEDDED) {
            return;
        }
        Station.State state = stations.find(stationId).map(Station::state).orElse(null);
        if (state == Station.State.ACTIVE || state == Station.State.REVOKED || (state != null && Files.exists(files.localStationCode()))) {
            return;
        }
        Stations.Registration registration = SystemActor.call("local station registration",
                () -> stations.register(stationId, "Embedded service point", SystemActor.NAME));
        KeyFile.writeText(files.localStationCode(), registration.code() + "\n", true);
        LOG.info("Registered this process's own station {} at central; the service point enrols with the code in {}",
                stationId, files.localStationCode());
    }
}
