package id.ektp.afis.cluster.lab;

import id.ektp.afis.cluster.ClusterSettings;
import id.ektp.afis.cluster.ClusteredGallery;
import id.ektp.afis.cluster.GalleryMember;
import id.ektp.afis.cluster.TemplateLogSource;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.index.FastGallery;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The clustered gallery with 1, 2 and 3 members on this machine (one JVM, loopback), side by side in one
 * run against the single-node {@link FastGallery} of the same persons as the baseline: latency, CPU per
 * search per member, bytes on the wire per search and agreement with the single node; then a projection
 * to 200 million persons at 400,000 searches a day.
 *
 * <pre>java -Xmx6g -cp ... id.ektp.afis.cluster.lab.ClusterBenchmark [persons=20000] [probes=20] [dir=/tmp/cluster-bench] [scan ms per million=170]</pre>
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int probeCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Path.of(args.length > 2 ? args[2] : "/tmp/cluster-bench");
        double scanMsPerMillion = args.length > 3 ? Double.parseDouble(args[3]) : 170;
        Files.createDirectories(dir);
        SyntheticPopulation population = new SyntheticPopulation(20261202L);
        List<TenPrint> probes = new ArrayList<>();
        for (int i = 0; i < probeCount; i++) {
            probes.add(i % 2 == 0 ? population.tenPrint((long) i * (persons / probeCount) + 3, 1) : population.tenPrint(persons + 1000L + i, 1));
        }
        System.out.printf("persons %,d, probes %d (half mated), heap %d MB%n", persons, probeCount, Runtime.getRuntime().maxMemory() >> 20);
        long started = System.nanoTime();
        long heapBefore = usedHeap();
        try (FastGallery single = FastGallery.open(dir.resolve("single-" + System.nanoTime()));
                TemplateLogSource source = TemplateLogSource.open(dir.resolve("source-" + System.nanoTime() + ".log"), false)) {
            SyntheticEnrolment enrolment = SyntheticEnrolment.of(population, persons).into(single, source);
            System.out.printf("built in %.0f s (%s)%n", (System.nanoTime() - started) / 1e9, enrolment.timings());
            for (int i = 0; i < 3; i++) {
                single.identify(probes.get(i), 10);
            }
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            double[] singleLatency = new double[probes.size()];
            List<Identification> expected = new ArrayList<>();
            for (int i = 0; i < probes.size(); i++) {
                long s = System.nanoTime();
                expected.add(single.identify(probes.get(i), 10));
                singleLatency[i] = (System.nanoTime() - s) / 1e6;
            }
            double singleCpu = (cpu() - cpu0) / 1e6 / probes.size();
            double singleWall = (System.nanoTime() - t0) / 1e6 / probes.size();
            System.out.println();
            System.out.println("| gallery | members | latency p50 / p95 (ms) | CPU per search (ms) | CPU per search per member (ms) | wire bytes per search | same decision and hits | same top 10 | heap per person (B) |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            System.out.printf("| single FastGallery (baseline) | - | %.0f / %.0f | %.0f | %.0f | 0 | - | - | - |%n",
                    pct(singleLatency, 50), pct(singleLatency, 95), singleCpu, singleCpu);
            double cpuPerMember3 = 0;
            double heapPerPerson = 0;
            for (int members = 1; members <= 3; members++) {
                ClusterSettings settings = ClusterSettings.loopback("ektp-bench-" + UUID.randomUUID(), 6401 + 20 * members, 23);
                List<GalleryMember> running = new ArrayList<>();
                long heapStart = usedHeap();
                for (int m = 0; m < members; m++) {
                    running.add(GalleryMember.start(settings, source, dir.resolve("m" + members + "-" + m), MatchPolicy.DEFAULT));
                }
                try (ClusteredGallery cluster = ClusteredGallery.open(settings, source, MatchPolicy.DEFAULT)) {
                    for (int i = 0; i < 3; i++) {
                        cluster.identify(probes.get(i), 10);
                    }
                    double perPerson = (usedHeap() - heapStart) / (double) persons;
                    long bytes0 = CallerTraffic.bytes();
                    long c0 = cpu();
                    double[] latency = new double[probes.size()];
                    int sameHits = 0;
                    int sameTop = 0;
                    for (int i = 0; i < probes.size(); i++) {
                        long s = System.nanoTime();
                        Identification found = cluster.identify(probes.get(i), 10);
                        latency[i] = (System.nanoTime() - s) / 1e6;
                        if (found.decision() == expected.get(i).decision() && found.hits().equals(expected.get(i).hits())) {
                            sameHits++;
                        }
                        if (found.candidates().equals(expected.get(i).candidates())) {
                            sameTop++;
                        }
                    }
                    double cpuPerSearch = (cpu() - c0) / 1e6 / probes.size();
                    double wire = (CallerTraffic.bytes() - bytes0) / (double) probes.size();
                    System.out.printf("| clustered | %d | %.0f / %.0f | %.0f (%.2fx the baseline) | %.0f | %,.0f | %d/%d | %d/%d | %,.0f |%n", members,
                            pct(latency, 50), pct(latency, 95), cpuPerSearch, cpuPerSearch / singleCpu, cpuPerSearch / members, wire,
                            sameHits, probes.size(), sameTop, probes.size(), perPerson);
                    if (members == 3) {
                        cpuPerMember3 = cpuPerSearch / members;
                        heapPerPerson = perPerson;
                    }
                } finally {
                    running.forEach(GalleryMember::close);
                }
            }
            System.out.printf("%nsingle node wall per search %.0f ms%n", singleWall);
            project(persons, cpuPerMember3, heapPerPerson, scanMsPerMillion);
        }
        System.out.printf("heap before %d MB%n", heapBefore >> 20);
    }

    /**
     * Projects the national gallery from this run's figures. CPU per search = the first-stage scan of
     * every person (its cost per person is not measurable at this run's sizes, where the scan is a few
     * milliseconds: taken from the single-node benchmark at a million, README "Fast 1:N", 170 ms of CPU
     * per million persons, an argument) + a fixed cost per member per search (this run's CPU per search
     * per member with three members: building the probe's codes and its SourceAFIS matchers, its share of
     * the second stage, the messages). Memory = this run's heap per person with two or more members
     * (both replicas of the map entry, the member's codes). Members: enough for the memory at 64 GB of
     * heap each, then enough cores for the average rate twice over.
     */
    private static void project(int persons, double cpuPerSearchPerMemberMs, double heapPerPerson, double scanMsPerMillion) {
        double national = 200e6;
        double perSecond = 400_000 / 86_400.0;
        double heapBytes = heapPerPerson * national;
        int members = (int) Math.ceil(heapBytes / 64e9);
        double cpuPerSearch = scanMsPerMillion / 1000 * national / 1e6 + members * cpuPerSearchPerMemberMs / 1000;
        double cores = 2 * cpuPerSearch * perSecond;
        System.out.printf("projection to 200,000,000 persons, 400,000 searches a day (%.2f/s on average):%n", perSecond);
        System.out.printf("  memory: %.0f B a person (measured) -> %.2f TB of heap -> %d members of 64 GB heap%n",
                heapPerPerson, heapBytes / 1e12, members);
        System.out.printf("  CPU per search: scan %.1f core-s (%.0f ms per million, from the single-node benchmark) + %d members x %.0f ms (measured) = %.1f core-s%n",
                scanMsPerMillion / 1000 * national / 1e6, scanMsPerMillion, members, cpuPerSearchPerMemberMs, cpuPerSearch);
        System.out.printf("  cores for twice the average rate: %.0f -> %d cores on each of the %d members%n", cores, (int) Math.ceil(cores / members), members);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
