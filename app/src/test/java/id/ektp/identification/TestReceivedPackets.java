package id.ektp.identification;

import id.ektp.identification.dashboard.CentralRecordFigures;
import id.ektp.identification.records.RecordRegion;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.domain.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY stand-in for central intake (transport14's {@code identification.intake}), until it is on main:
 * serves the packets a test puts here, with their status, and answers the dashboard's aggregate questions.
 * Remove it when the real intake lands (and let intake implement {@link CentralRecordFigures}).
 */
@Component
public class TestReceivedPackets implements ReceivedPackets, CentralRecordFigures {

    private static final Set<CentralStatus> FINAL = EnumSet.of(CentralStatus.PRINT_READY_RECORD, CentralStatus.DUPLICATE_RECORD,
            CentralStatus.ENROLL_FAILURE_AT_CENTRAL, CentralStatus.SEARCH_FAILURE_AT_CENTRAL);

    private record Held(EnrolmentPacket packet, String station, CentralStatus status, Instant receivedAt, Instant statusAt) {
    }

    private final Map<UUID, Held> packets = new ConcurrentHashMap<>();

    /** As intake would store an opened packet: RECEIVED_AT_CENTRAL now. */
    public void receive(EnrolmentPacket packet) {
        Instant now = Instant.now();
        packets.put(packet.packetId(), new Held(packet, packet.capture().station(), CentralStatus.RECEIVED_AT_CENTRAL, now, now));
    }

    @Override
    public EnrolmentPacket packet(UUID packetId) {
        return held(packetId).packet();
    }

    @Override
    public String station(UUID packetId) {
        return held(packetId).station();
    }

    @Override
    public CentralStatus status(UUID packetId) {
        return held(packetId).status();
    }

    @Override
    public void updateStatus(UUID packetId, CentralStatus status, String reason) {
        packets.computeIfPresent(packetId, (id, h) -> new Held(h.packet(), h.station(), status, h.receivedAt(), Instant.now()));
    }

    @Override
    public List<StageCount> countsByStatusAndRegion() {
        Map<String, Long> counts = new TreeMap<>();
        for (Held h : packets.values()) {
            counts.merge(h.status() + "|" + RecordRegion.kabupatenOf(RecordRegion.kecamatanOf(h.packet())), 1L, Long::sum);
        }
        List<StageCount> list = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            list.add(new StageCount(CentralStatus.valueOf(parts[0]), parts[1], n));
        });
        return list;
    }

    @Override
    public List<HourlyCount> perHour(Instant since) {
        List<HourlyCount> hours = new ArrayList<>();
        for (Instant hour = since.truncatedTo(ChronoUnit.HOURS); !hour.isAfter(Instant.now()); hour = hour.plus(1, ChronoUnit.HOURS)) {
            Instant from = hour;
            Instant to = hour.plus(1, ChronoUnit.HOURS);
            long received = packets.values().stream().filter(h -> !h.receivedAt().isBefore(from) && h.receivedAt().isBefore(to)).count();
            long finished = packets.values().stream()
                    .filter(h -> FINAL.contains(h.status()) && !h.statusAt().isBefore(from) && h.statusAt().isBefore(to)).count();
            hours.add(new HourlyCount(hour, received, finished));
        }
        return hours;
    }

    @Override
    public Optional<Instant> oldestInBacklog() {
        return packets.values().stream()
                .filter(h -> h.status() == CentralStatus.RECEIVED_AT_CENTRAL || h.status() == CentralStatus.SEARCH_IN_PROGRESS)
                .map(Held::receivedAt).min(Instant::compareTo);
    }

    private Held held(UUID packetId) {
        Held h = packets.get(packetId);
        if (h == null) {
            throw new NotFoundException("packet", packetId.toString());
        }
        return h;
    }
}
