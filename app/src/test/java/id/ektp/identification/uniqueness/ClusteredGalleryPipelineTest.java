package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import id.ektp.accounts.AccountsTestSupport;
import id.ektp.afis.AfisException;
import id.ektp.afis.cluster.ClusterSettings;
import id.ektp.afis.cluster.GalleryMember;
import id.ektp.afis.cluster.PersonSource;
import id.ektp.afis.cluster.TemplateLogSource;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.store.AtRestKey;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.standin.AdjudicationHandOvers;
import id.ektp.identification.standin.FailingPacketReads;
import id.ektp.identification.standin.TestIntake;
import id.ektp.packet.EnrolmentPacket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Central configured against a gallery cluster (issue 16): two gallery members started here on loopback
 * (Hazelcast ports 5771-5779), the application joining them as a lite member through
 * {@code ektp.gallery.cluster.*}, and packets going through the normal intake and uniqueness pipeline: a
 * resident enrolled twice is found through the cluster, and every person inserted lands in the members'
 * map, while the gallery folder holds only the sealed source log (no {@code FastGallery} opened).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClusteredGalleryPipelineTest extends AccountsTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String CLUSTER = "ektp-app-cluster-test-" + UUID.randomUUID();
    private static final int PARTITIONS = 7;
    private static final List<GalleryMember> MEMBERS = new ArrayList<>();
    private static Path galleryDir;
    private static AtRestKey key;

    @Autowired
    TestIntake intake;
    @Autowired
    FailingPacketReads packets;
    @Autowired
    AdjudicationHandOvers adjudication;
    @Autowired
    UniquenessRecords records;
    @Autowired
    GalleryKeeper gallery;
    @Autowired
    ApplicationContext context;

    /** Runs before the application starts: its key, its folders, and the two members it will join. */
    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("ektp-cluster-app-");
        Path central = folder.resolve("central");
        galleryDir = folder.resolve("gallery");
        // central's gallery.key written here first (as KeyFile does: one Base64 line, owner-only), so that the
        // members can read the source log the application seals under it
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(central);
        Path keyFile = central.resolve("gallery.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        key = AtRestKey.of(secret);

        ClusterSettings settings = new ClusterSettings(CLUSTER, "127.0.0.1", 5771,
                List.of("127.0.0.1:5771", "127.0.0.1:5772"), PARTITIONS);
        PersonSource source = new ReadOnlyLogSource(galleryDir.resolve(ClusteredGalleryOpener.SOURCE_LOG), key);
        for (int m = 1; m <= 2; m++) {
            MEMBERS.add(GalleryMember.start(settings, source, folder.resolve("member-" + m), MatchPolicy.DEFAULT));
        }

        registry.add("ektp.central.dir", central::toString);
        registry.add("ektp.gallery.dir", galleryDir::toString);
        registry.add("ektp.gallery.cluster.members", () -> String.join(",", settings.members()));
        registry.add("ektp.gallery.cluster.name", () -> CLUSTER);
        registry.add("ektp.gallery.cluster.interface", () -> "127.0.0.1");
        registry.add("ektp.gallery.cluster.port", () -> "5773");
        registry.add("ektp.gallery.cluster.partitions", () -> Integer.toString(PARTITIONS));
        // the members here run in this JVM and read central's log file; GalleryMemberProcessesTest runs them as
        // processes of their own on the PostgreSQL source (the default)
        registry.add("ektp.gallery.cluster.source", () -> "log");
    }

    @AfterAll
    static void stopMembers() {
        MEMBERS.forEach(GalleryMember::kill);
        MEMBERS.clear();
    }

    private Stage settled(UUID packetId) {
        await().atMost(PATIENCE).until(() -> records.find(packetId).map(r -> !r.stage().worked()).orElse(false));
        return records.get(packetId).stage();
    }

    @Test
    void aDuplicateIsFoundThroughTheClusterAndNewPersonsLandInTheMembers() throws IOException {
        assertThat(context.getBeansOfType(GalleryOpener.class).keySet()).containsExactly("clusteredGallery");
        assertThat(dataMembers()).hasSize(2);
        assertThat(liteMembers()).as("the application joined as a lite member").hasSize(1);

        EnrolmentPacket first = FvcPackets.packet(FvcPackets.resident(301, "SITI AMINAH"), 1, 1);
        intake.receive("32.73.01-91", first);
        assertThat(settled(first.packetId())).isEqualTo(Stage.DONE);
        assertThat(packets.status(first.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(personsInMembers()).isEqualTo(1);

        // The same person under another name with another impression: found through the members' search.
        EnrolmentPacket again = FvcPackets.packet(FvcPackets.resident(302, "SITI AMINAH BINTI UMAR"), 1, 2);
        intake.receive("32.73.02-91", again);
        assertThat(settled(again.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(packets.status(again.packetId())).isEqualTo(CentralStatus.DUPLICATE_RECORD);
        assertThat(adjudication.calls(again.packetId())).containsExactly(
                new AdjudicationHandOvers.Call("CLARIFICATION", List.of(first.packetId())));
        Candidate found = records.candidates(again.packetId()).get(0);
        assertThat(found.candidatePacketId()).isEqualTo(first.packetId());
        assertThat(found.foundBy()).isEqualTo(Candidate.FoundBy.BIOMETRIC);
        assertThat(found.score()).isGreaterThanOrEqualTo(gallery.policy().thresholds().duplicate());

        // A stranger: print-ready, and inserted into the cluster (its partition's owner holds it).
        EnrolmentPacket stranger = FvcPackets.packet(FvcPackets.resident(303, "RINA MARLINA"), 3, 1);
        intake.receive("32.73.01-91", stranger);
        assertThat(settled(stranger.packetId())).isEqualTo(Stage.DONE);
        assertThat(packets.status(stranger.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(adjudication.calls(stranger.packetId())).isEmpty();

        assertThat(gallery.count()).isEqualTo(3);
        assertThat(personsInMembers()).as("every person searched is in the members' map").isEqualTo(3);
        for (EnrolmentPacket p : List.of(first, again, stranger)) {
            UUID reference = records.get(p.packetId()).referenceId();
            assertThat(gallery.contains(reference)).isTrue();
            assertThat(dataMembers().get(0).getMap("ektp-gallery-persons").containsKey(reference)).isTrue();
        }

        // No FastGallery was opened: the folder holds the cluster's source log only, sealed under gallery.key.
        try (Stream<Path> files = Files.list(galleryDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(ClusteredGalleryOpener.SOURCE_LOG);
        }
        Path log = galleryDir.resolve(ClusteredGalleryOpener.SOURCE_LOG);
        assertThatThrownBy(() -> TemplateLogSource.open(log, false))
                .isInstanceOf(AfisException.class).hasMessageContaining("sealed at rest");
        assertThat(new ReadOnlyLogSource(log, key).count()).isEqualTo(3);
    }

    private static List<HazelcastInstance> dataMembers() {
        return instances(false);
    }

    private static List<HazelcastInstance> liteMembers() {
        return instances(true);
    }

    private static List<HazelcastInstance> instances(boolean lite) {
        return Hazelcast.getAllHazelcastInstances().stream()
                .filter(h -> h.getConfig().getClusterName().equals(CLUSTER))
                .filter(h -> h.getCluster().getLocalMember().isLiteMember() == lite)
                .toList();
    }

    /** The persons the data members own (each member's primaries: backups are not counted twice). */
    private static long personsInMembers() {
        return dataMembers().stream().mapToLong(h -> h.getMap("ektp-gallery-persons").localKeySet().size()).sum();
    }

    /**
     * The members' view of the application's source log: opened afresh on each read (so it sees what central
     * appended since), never written, never created (the application creates it when it opens the gallery).
     */
    private record ReadOnlyLogSource(Path file, AtRestKey key) implements PersonSource {

        private <T> T read(Function<TemplateLogSource, T> reading, T absent) {
            if (!Files.exists(file)) {
                return absent;
            }
            try (TemplateLogSource log = TemplateLogSource.open(file, false, key)) {
                return reading.apply(log);
            }
        }

        @Override
        public void insert(UUID referenceId, TenPrint record) {
            throw new AssertionError("a member wrote to the source: only central writes it");
        }

        @Override
        public boolean delete(UUID referenceId) {
            throw new AssertionError("a member wrote to the source: only central writes it");
        }

        @Override
        public Optional<TenPrint> find(UUID referenceId) {
            return read(log -> log.find(referenceId), Optional.empty());
        }

        @Override
        public Set<UUID> referenceIds() {
            return read(TemplateLogSource::referenceIds, Set.of());
        }

        @Override
        public boolean contains(UUID referenceId) {
            return read(log -> log.contains(referenceId), false);
        }

        @Override
        public int count() {
            return read(TemplateLogSource::count, 0);
        }
    }
}
