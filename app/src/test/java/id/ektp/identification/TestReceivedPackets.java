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
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY: serves the packets central's adjudication tests put here (built directly, with real FVC2002
 * images, instead of sealed and posted through intake), with their status, and answers the dashboard's
 * aggregate questions, which intake does not answer yet. Every other packet goes to the real intake
 * ({@code identification.intake}), so intake's own tests see it unchanged. Remove it once those tests post
 * their packets through intake and intake implements {@link CentralRecordFigures}.
 */
@Component
@Primary
public class TestReceivedPackets implements ReceivedPackets, CentralRecordFigures {

    private static final Set<CentralStatus> FINAL = EnumSet.of(CentralStatus.PRINT_READY_RECORD, CentralStatus.DUPLICATE_RECORD,
            CentralStatus.ENROLL_FAILURE_AT_CENTRAL, CentralStatus.SEARCH_FAILURE_AT_CENTRAL);

    private record Held(EnrolmentPacket packet, String station, CentralStatus status, Instant receivedAt, Instant statusAt) {
    }

    private final Map<UUID, Held> packets = new ConcurrentHashMap<>();
    private final ApplicationContext context;

    TestReceivedPackets(ApplicationContext context) {
        this.context = context;
    }

    /** As intake would store an opened packet: RECEIVED_AT_CENTRAL now. */
    public void receive(EnrolmentPacket packet) {
        Instant now = Instant.now();
        packets.put(packet.packetId(), new Held(packet, packet.capture().station(), CentralStatus.RECEIVED_AT_CENTRAL, now, now));
    }

    @Override
    public EnrolmentPacket packet(UUID packetId) {
        return packets.containsKey(packetId) ? held(packetId).packet() : intake().packet(packetId);
    }

    @Override
    public String station(UUID packetId) {
        return packets.containsKey(packetId) ? held(packetId).station() : intake().station(packetId);
    }

    @Override
    public CentralStatus status(UUID packetId) {
        return packets.containsKey(packetId) ? held(packetId).status() : intake().status(packetId);
    }

    @Override
    public void updateStatus(UUID packetId, CentralStatus status, String reason) {
        if (packets.computeIfPresent(packetId, (id, h) -> new Held(h.packet(), h.station(), status, h.receivedAt(), Instant.now())) == null) {
            intake().updateStatus(packetId, status, reason);
        }
    }

    /** The real intake, the other ReceivedPackets bean. */
    private ReceivedPackets intake() {
        return context.getBeansOfType(ReceivedPackets.class).values().stream().filter(r -> r != this).findFirst()
                .orElseThrow(() -> new NotFoundException("packet", "(no intake installed)"));
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
