package id.ektp.afis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.afis.AfisException;
import id.ektp.afis.cluster.lab.SyntheticEnrolment;
import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.index.FastGallery;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three members on loopback in this JVM against a single {@link FastGallery} of the same synthetic
 * persons: every candidate, with its scores, the same for the same probes, after a member is killed and
 * once it is back; with two killed at once a clear error, and after their restart and a restore from the
 * source the same answers again. {@code -Dcluster.persons=50000 -Dcluster.heap=6g} runs the size
 * (afis-cluster/README.md gives its time).
 */
class ClusteredGalleryTest {

    private static final int PERSONS = Integer.getInteger("cluster.persons", 10_000);
    private static final int PARTITIONS = 23;
    /** A deadline, not a wait: generous, since the members rebuild their shards on a shared machine. */
    private static final Duration SAFE = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    void threeMembersAnswerAsTheSingleGalleryThroughALostMemberAndFailClearlyWhenTwoAreLost() throws Exception {
        SyntheticPopulation population = new SyntheticPopulation(20261202L);
        List<TenPrint> probes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            probes.add(population.tenPrint((long) i * (PERSONS / 4) + 7, 1));   // mated: another impression
        }
        for (int i = 0; i < 2; i++) {
            probes.add(population.tenPrint(PERSONS + 100 + i, 1));              // non-mated: never enrolled
        }
        ClusterSettings settings = ClusterSettings.loopback("ektp-gallery-test-" + UUID.randomUUID(),
                5801 + 20 * ThreadLocalRandom.current().nextInt(40), PARTITIONS);
        long started = System.nanoTime();
        try (FastGallery single = FastGallery.open(dir.resolve("single"));
                TemplateLogSource source = TemplateLogSource.open(dir.resolve("source.log"), false)) {
            SyntheticEnrolment enrolment = SyntheticEnrolment.of(population, PERSONS).into(single, source);
            System.out.println("ClusteredGalleryTest: " + enrolment.timings());
            progress("enrolled", started);
            List<Identification> expected = probes.stream().map(probe -> single.identify(probe, 10)).toList();
            assertThat(expected.subList(0, 4)).allSatisfy(found -> assertThat(found.hits()).isNotEmpty());

            GalleryMember[] members = new GalleryMember[3];
            for (int m = 0; m < 3; m++) {
                members[m] = GalleryMember.start(settings, source, dir.resolve("member-" + m), MatchPolicy.DEFAULT);
            }
            try (ClusteredGallery cluster = ClusteredGallery.open(settings, source, MatchPolicy.DEFAULT)) {
                assertThat(cluster.members()).isEqualTo(3);
                progress("cluster loaded", started);
                assertSameAnswers(cluster, single, probes, expected, "three members");
                progress("three members compared", started);

                members[0].kill();
                assertThat(cluster.awaitSafe(SAFE)).isTrue();
                assertThat(cluster.members()).isEqualTo(2);
                assertSameAnswers(cluster, single, probes, expected, "one member killed");

                members[0] = GalleryMember.start(settings, source, dir.resolve("member-0b"), MatchPolicy.DEFAULT);
                assertThat(cluster.awaitSafe(SAFE)).isTrue();
                assertThat(cluster.members()).isEqualTo(3);
                assertSameAnswers(cluster, single, probes, expected, "the killed member back");

                progress("kill and restart compared", started);
                // two at once: the partitions whose owner and backup were both on them are gone
                members[1].kill();
                members[2].kill();
                assertThatThrownBy(() -> cluster.identify(probes.get(0), 10))
                        .isInstanceOfSatisfying(AfisException.class,
                                e -> assertThat(e.reason()).isEqualTo(AfisException.Reason.GALLERY_UNAVAILABLE))
                        .hasMessageContaining("backup");

                members[1] = GalleryMember.start(settings, source, dir.resolve("member-1b"), MatchPolicy.DEFAULT);
                members[2] = GalleryMember.start(settings, source, dir.resolve("member-2b"), MatchPolicy.DEFAULT);
                assertThat(cluster.awaitSafe(SAFE)).isTrue();
                assertThatThrownBy(() -> cluster.identify(probes.get(0), 10))
                        .as("restarted members alone do not bring lost persons back")
                        .isInstanceOf(AfisException.class);
                cluster.restoreFromSource();
                assertThat(cluster.lostPartitions()).isEmpty();
                assertSameAnswers(cluster, single, probes, expected, "two members restarted, lost partitions restored from the source");
                progress("two lost, restored and compared", started);
            } finally {
                for (GalleryMember member : members) {
                    member.close();
                }
            }
        }
    }

    /** Where the test's time goes: wall and this JVM's CPU since the start (the machine is shared). */
    private static void progress(String step, long started) {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("ClusteredGalleryTest: %s at %.0f s wall, %.0f s CPU of the JVM%n", step, (System.nanoTime() - started) / 1e9, cpu / 1e9);
    }

    /**
     * What the cluster guarantees against the single gallery: every person searched, and the same answer,
     * every candidate in the same order with the same fused and finger scores and decision, hits and the
     * NO_MATCH tail below them alike (the first stage's list merged from the members is the single
     * gallery's, and each person is compared as deep as its rank in it says); and every candidate scored as
     * the single gallery's 1:1 verify scores that person.
     */
    private static void assertSameAnswers(ClusteredGallery cluster, FastGallery single, List<TenPrint> probes,
            List<Identification> expected, String when) {
        for (int i = 0; i < probes.size(); i++) {
            Identification found = cluster.identify(probes.get(i), 10);
            String probe = when + ", probe " + i;
            assertThat(found.searched()).as(probe + ": persons searched").isEqualTo(PERSONS);
            assertThat(found.decision()).as(probe + ": decision").isEqualTo(expected.get(i).decision());
            assertThat(found.hits()).as(probe + ": hits and their scores").isEqualTo(expected.get(i).hits());
            assertThat(found.candidates()).as(probe + ": every candidate with its scores, in order").isEqualTo(expected.get(i).candidates());
            for (Candidate candidate : found.candidates()) {
                assertThat(candidate.fingerScores()).as(probe + ": scores of " + candidate.referenceId())
                        .isEqualTo(single.verify(candidate.referenceId(), probes.get(i)).fingerScores());
            }
        }
    }
}
