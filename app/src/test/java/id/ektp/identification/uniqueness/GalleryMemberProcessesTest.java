package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import id.ektp.accounts.AccountsTestSupport;
import id.ektp.afis.AfisException;
import id.ektp.afis.cluster.PostgresPersonSource;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.store.AtRestKey;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.intake.GalleryKeyFile;
import id.ektp.identification.standin.FailingPacketReads;
import id.ektp.identification.standin.TestIntake;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gallery members as processes of their own (issue 16): two JVMs running afis-cluster's
 * {@code GalleryMemberCommand} on loopback (Hazelcast ports 5781-5782, central 5783, 5784), loading their
 * partitions from table {@code gallery_person} of the embedded PostgreSQL the application runs on, with a
 * database role of their own that may only read that table. Central starts first and waits for them (the
 * order of a first deployment: the table exists only once central's migration ran). Packets go through
 * central's real intake and pipeline; a member is killed hard and started again, the other stopped with
 * SIGTERM, and searches keep answering with every person; a member started alone in a new cluster loads
 * every person from the table.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GalleryMemberProcessesTest extends AccountsTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String CLUSTER = "ektp-member-process-test-" + UUID.randomUUID();
    private static final int PARTITIONS = 7;
    /** Two members (5781, 5782), central on 5783; everyone lists everyone. 5784: a member alone in a cluster of its own. */
    private static final String ADDRESSES = "127.0.0.1:5781,127.0.0.1:5782,127.0.0.1:5783";
    private static final String MEMBER_ROLE = "ektp_gallery_member";
    private static final List<GalleryMemberProcess> PROCESSES = new ArrayList<>();
    private static Path folder;

    @Autowired
    TestIntake intake;
    @Autowired
    FailingPacketReads packets;
    @Autowired
    UniquenessRecords records;
    @Autowired
    GalleryKeeper gallery;
    @Autowired
    GalleryReconciliation reconciliation;
    @Autowired
    Fingerprints fingerprints;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws IOException {
        folder = Files.createTempDirectory("ektp-member-processes-");
        registry.add("ektp.central.dir", () -> folder.resolve("central").toString());
        registry.add("ektp.gallery.dir", () -> folder.resolve("gallery").toString());
        registry.add("ektp.gallery.cluster.members", () -> ADDRESSES);
        registry.add("ektp.gallery.cluster.name", () -> CLUSTER);
        registry.add("ektp.gallery.cluster.interface", () -> "127.0.0.1");
        registry.add("ektp.gallery.cluster.port", () -> "5783");
        registry.add("ektp.gallery.cluster.partitions", () -> Integer.toString(PARTITIONS));
        registry.add("ektp.gallery.cluster.source", () -> "postgres");
        // central is up before the members here (they need its migrated table): it waits longer than the default
        registry.add("ektp.gallery.cluster.member-wait", () -> "PT4M");
    }

    @AfterAll
    static void stopMembers() {
        PROCESSES.forEach(GalleryMemberProcess::close);
        PROCESSES.clear();
    }

    @Test
    void membersAsProcessesLoadFromPostgresFindTheDuplicateAndSurviveAKillAndARestart() throws Exception {
        assertThat(context.getBeansOfType(GalleryOpener.class).keySet()).containsExactly("clusteredGallery");
        EmbeddedPostgresServer pg = context.getBean(EmbeddedPostgresServer.class);
        String memberPassword = memberRole();
        assertMemberRoleMayOnlyReadItsTable(pg, memberPassword);

        Path config = folder.resolve("member.properties");
        Files.writeString(config, String.join("\n",
                "cluster.name=" + CLUSTER, "cluster.interface=127.0.0.1", "cluster.members=" + ADDRESSES, "cluster.port=5781",
                "cluster.partitions=" + PARTITIONS, "jdbc.url=" + pg.jdbcUrl("ektp"), "jdbc.user=" + MEMBER_ROLE,
                "jdbc.password=" + memberPassword, "gallery.key-file=" + folder.resolve("central").resolve("gallery.key"), ""),
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));

        GalleryMemberProcess one = member(config, 1);
        GalleryMemberProcess two = member(config, 2);
        one.awaitOutput("loaded:", PATIENCE);
        two.awaitOutput("loaded:", PATIENCE);
        assertThat(one.output()).contains("gallery-member: joined cluster " + CLUSTER);
        await().atMost(PATIENCE).until(() -> reconciliation.progress().state().equals("READY"));
        assertThat(dataMembers()).isEqualTo(2);

        // Through central's real intake and pipeline: a person, the same person again, a stranger.
        EnrolmentPacket first = FvcPackets.packet(FvcPackets.resident(401, "DEWI LESTARI"), 1, 1);
        intake.receive("32.73.01-91", first);
        assertThat(settled(first.packetId())).isEqualTo(Stage.DONE);
        assertThat(packets.status(first.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);

        EnrolmentPacket again = FvcPackets.packet(FvcPackets.resident(402, "DEWI LESTARI BINTI ASEP"), 1, 2);
        intake.receive("32.73.02-91", again);
        assertThat(settled(again.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(packets.status(again.packetId())).isEqualTo(CentralStatus.DUPLICATE_RECORD);
        assertThat(records.candidates(again.packetId()).get(0).candidatePacketId()).isEqualTo(first.packetId());

        EnrolmentPacket stranger = FvcPackets.packet(FvcPackets.resident(403, "YUSUF MAULANA"), 3, 1);
        intake.receive("32.73.01-91", stranger);
        assertThat(settled(stranger.packetId())).isEqualTo(Stage.DONE);
        assertThat(packets.status(stranger.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);

        assertTableHoldsSealed(List.of(first, again, stranger));

        // One member killed hard: its partitions' backups on the other are promoted; every person still searched.
        one.kill();
        await().atMost(PATIENCE).until(() -> dataMembers() == 1);
        assertSearchFindsEveryone(first);
        EnrolmentPacket third = FvcPackets.packet(FvcPackets.resident(404, "DEWI L."), 1, 3);
        intake.receive("32.73.01-91", third);
        assertThat(settled(third.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(packets.status(third.packetId())).isEqualTo(CentralStatus.DUPLICATE_RECORD);

        // Started again on the same settings: it rejoins, takes partitions back, and searches see everyone.
        GalleryMemberProcess restarted = member(config, 1);
        restarted.awaitOutput("loaded:", PATIENCE);
        await().atMost(PATIENCE).until(() -> dataMembers() == 2 && centralInstance().getPartitionService().isClusterSafe());
        assertSearchFindsEveryone(first);
        EnrolmentPacket strangerAgain = FvcPackets.packet(FvcPackets.resident(405, "YUSUF MAULANA"), 3, 2);
        intake.receive("32.73.02-91", strangerAgain);
        assertThat(settled(strangerAgain.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(packets.status(strangerAgain.packetId())).isEqualTo(CentralStatus.DUPLICATE_RECORD);
        assertThat(records.candidates(strangerAgain.packetId()).get(0).candidatePacketId()).isEqualTo(stranger.packetId());

        // SIGTERM: the member hands its partitions over and ends; the one left answers for everyone.
        two.stop();
        assertThat(two.output()).contains("gallery-member: stopping: handing partitions over").contains("gallery-member: stopped");
        await().atMost(PATIENCE).until(() -> dataMembers() == 1 && centralInstance().getPartitionService().isClusterSafe());
        assertSearchFindsEveryone(first);
        assertThat(gallery.count()).isEqualTo(5);

        // A cluster started from nothing loads every person from the table (the map's eager initial load), as
        // the members' role, opening the rows with the key: one member alone under another cluster name.
        GalleryMemberProcess fresh = GalleryMemberProcess.launch(folder.resolve("fresh.log"), List.of("--config=" + config,
                "--cluster.name=" + CLUSTER + "-fresh", "--cluster.port=5784", "--cluster.members=127.0.0.1:5784",
                "--member.dir=" + folder.resolve("member-fresh")));
        PROCESSES.add(fresh);
        fresh.awaitOutput("loaded:", PATIENCE);
        assertThat(fresh.output()).contains("loaded: 5 persons in the partitions this member owns, 1 data member(s)");
    }

    private GalleryMemberProcess member(Path config, int n) throws IOException {
        Path output = folder.resolve("member-" + n + "-" + System.nanoTime() + ".log");
        GalleryMemberProcess process = GalleryMemberProcess.launch(output,
                List.of("--config=" + config, "--member.dir=" + folder.resolve("member-" + n)));
        PROCESSES.add(process);
        return process;
    }

    /** The members' own role: it may read {@code gallery_person} and nothing else. */
    private String memberRole() {
        String password = randomHex();
        jdbc.sql("CREATE ROLE " + MEMBER_ROLE + " LOGIN PASSWORD '" + password + "'").update();
        jdbc.sql("GRANT SELECT ON " + PostgresPersonSource.TABLE + " TO " + MEMBER_ROLE).update();
        return password;
    }

    private static void assertMemberRoleMayOnlyReadItsTable(EmbeddedPostgresServer pg, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("ektp"), MEMBER_ROLE, password); Statement st = c.createStatement()) {
            st.executeQuery("SELECT count(*) FROM " + PostgresPersonSource.TABLE).close();
            assertThatThrownBy(() -> st.executeQuery("SELECT count(*) FROM uniqueness_record"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM " + PostgresPersonSource.TABLE))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    /** Every person's row sealed: the header, no run of a template's bytes in the clear, and it opens to the person. */
    private void assertTableHoldsSealed(List<EnrolmentPacket> enrolled) {
        Map<UUID, byte[]> rows = jdbc.sql("SELECT reference_id, ten_print FROM " + PostgresPersonSource.TABLE)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBytes(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(rows).hasSize(enrolled.size());
        AtRestKey key = context.getBean(GalleryKeyFile.class).key();
        PostgresPersonSource source = new PostgresPersonSource(dataSource, key);
        for (EnrolmentPacket packet : enrolled) {
            UUID reference = records.get(packet.packetId()).referenceId();
            byte[] row = rows.get(reference);
            assertThat(new String(row, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("EKTPSEALEKTPGPS1");
            TenPrint print = fingerprints.of(packet.packetId());
            for (FingerTemplate template : print.fingers().values()) {
                byte[] clear = template.toBytes();
                for (int at = 0; at + 16 <= clear.length; at += 16) {
                    assertThat(indexOf(row, Arrays.copyOfRange(clear, at, at + 16)))
                            .as("16 template bytes at %d found in the clear in %s's row", at, reference).isEqualTo(-1);
                }
            }
            TenPrint opened = source.find(reference).orElseThrow();
            assertThat(opened.fingers().keySet()).isEqualTo(print.fingers().keySet());
            print.fingers().forEach((position, template) ->
                    assertThat(opened.fingers().get(position).toBytes()).isEqualTo(template.toBytes()));
        }
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        assertThatThrownBy(() -> new PostgresPersonSource(dataSource, AtRestKey.of(other)).find(rows.keySet().iterator().next()))
                .isInstanceOf(AfisException.class).hasMessageContaining("WRONG_STORE_KEY");
    }

    private void assertSearchFindsEveryone(EnrolmentPacket mate) {
        GalleryKeeper.Search search = gallery.search(fingerprints.of(mate.packetId()), 10);
        try {
            assertThat(search.identification().searched()).as("every person searched").isEqualTo(gallery.count());
            assertThat(search.identification().hits()).extracting(id.ektp.afis.gallery.Candidate::referenceId)
                    .contains(records.get(mate.packetId()).referenceId());
        } finally {
            gallery.searchEnded(search);
        }
        int rows = jdbc.sql("SELECT count(*) FROM " + PostgresPersonSource.TABLE).query(Integer.class).single();
        assertThat(rows).isEqualTo(gallery.count());
    }

    private Stage settled(UUID packetId) {
        await().atMost(PATIENCE).until(() -> records.find(packetId).map(r -> !r.stage().worked()).orElse(false));
        return records.get(packetId).stage();
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Central's own Hazelcast instance: the only one in this JVM (the members are other processes). */
    private static HazelcastInstance centralInstance() {
        return Hazelcast.getAllHazelcastInstances().stream().filter(h -> h.getConfig().getClusterName().equals(CLUSTER))
                .findFirst().orElseThrow();
    }

    private static long dataMembers() {
        return centralInstance().getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).count();
    }
}
