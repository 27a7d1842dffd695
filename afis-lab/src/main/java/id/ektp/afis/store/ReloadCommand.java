package id.ektp.afis.store;

import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Measures how long a restarted engine takes to reload a gallery file: writes a gallery of N ten-print
 * persons whose fingers are drawn from the 320 real FVC2002 templates (so every record deserializes a
 * real template, of real size), then reopens it into a {@link BruteForceGallery} and reports the time,
 * CPU, garbage collection, the file size and the heap held. It does this twice in one run, side by side:
 * with templates in SourceAFIS's own serialized form (the baseline, which rebuilds every template's edge
 * table on load) and in the engine's {@link id.ektp.afis.template.PreparedTemplate} form (what the
 * store writes), and prints the ratio.
 *
 * <p>Every template survives the load, so the collector's work is copying them out of the young
 * generation: Parallel GC with a small young generation that promotes at once
 * ({@code -XX:+UseParallelGC -Xmn1g -XX:MaxTenuringThreshold=0}, heap fixed with {@code -Xms}) halves
 * the time G1's defaults take (README, "Reload time").
 *
 * <pre>./mvnw -B -ntp -q -pl afis -am compile
 * MAVEN_OPTS="-Xms14g -Xmx14g -XX:+UseParallelGC -Xmn1g -XX:MaxTenuringThreshold=0" ./mvnw -B -ntp -q -pl afis exec:java \
 *     -Dexec.mainClass=id.ektp.afis.store.ReloadCommand -Dexec.args="100000 ../shared/data/fingerprints/fvc2002 target/reload.afis"</pre>
 */
public final class ReloadCommand {

    private static final Map<String, Double> DPI = Map.of("DB1_B", 500.0, "DB2_B", 569.0, "DB3_B", 500.0, "DB4_B", 500.0);

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path fvc = Path.of(args.length > 1 ? args[1] : "../shared/data/fingerprints/fvc2002");
        Path file = Path.of(args.length > 2 ? args[2] : "target/reload.afis");
        TemplateExtractor extractor = new TemplateExtractor();
        List<FingerTemplate> templates = DPI.keySet().stream().sorted().flatMap(set -> IntStream.range(0, 80).parallel().mapToObj(i -> {
            Path image = fvc.resolve(set).resolve((101 + i / 8) + "_" + (1 + i % 8) + ".tif");
            return extractor.extract(image, Resolution.dpi(DPI.get(set)));
        }).toList().stream()).toList();
        System.out.printf(Locale.ROOT, "%d real templates; JVM %s%n", templates.size(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        double baseline = reload("SourceAFIS form (baseline)", persons, file,
                templates.stream().map(FingerTemplate::toSourceAfisBytes).toList());
        double prepared = reload("prepared form", persons, file, templates.stream().map(FingerTemplate::toBytes).toList());
        System.out.printf(Locale.ROOT, "prepared form reloads %.2fx as fast as SourceAFIS's own form%n", baseline / prepared);
    }

    /** Writes a gallery of the given serialized templates, reloads it, prints the figures; returns the seconds. */
    private static double reload(String form, int persons, Path file, List<byte[]> templates) throws Exception {
        double meanBytes = templates.stream().mapToInt(b -> b.length).average().orElse(0);
        Files.deleteIfExists(file);
        long writeStart = System.nanoTime();
        Random random = new Random(42);
        try (GalleryStore store = GalleryStore.open(file, false)) {
            for (int p = 0; p < persons; p++) {
                EnumMap<FingerPosition, byte[]> fingers = new EnumMap<>(FingerPosition.class);
                for (FingerPosition position : FingerPosition.values()) {
                    fingers.put(position, templates.get(random.nextInt(templates.size())));
                }
                store.appendSerializedInsert(new UUID(random.nextLong(), random.nextLong()), fingers);
            }
            store.sync();
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        System.out.printf(Locale.ROOT, "%n[%s] %.0f bytes a template; wrote %,d persons (%,d templates) in %.1f s, file %,d MB%n",
                form, meanBytes, persons, persons * 10L, writeSeconds, Files.size(file) >> 20);

        System.gc();
        long heapBefore = usedHeap();
        long cpuBefore = processCpuNanos();
        long gcBefore = gcMillis();
        double seconds;
        try (PersistentGallery gallery = PersistentGallery.open(file, new BruteForceGallery(), false)) {
            LoadReport report = gallery.loadReport();
            seconds = report.millis() / 1000.0;
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            long gc = gcMillis() - gcBefore;
            System.gc();
            long heap = usedHeap() - heapBefore;
            System.out.printf(Locale.ROOT, "[%s] reloaded %,d persons in %.1f s on %d cores (%.0f persons/s), heap %,d MB (%.1f KB per person)%n",
                    form, report.persons(), seconds, Runtime.getRuntime().availableProcessors(),
                    report.persons() / seconds, heap >> 20, heap / 1024.0 / Math.max(1, report.persons()));
            // On a shared machine the wall time above depends on the other load; CPU time does much less.
            System.out.printf(Locale.ROOT, "[%s] reload used %.1f s of CPU (%.0f us per template), %.1f s in garbage collection; load average %.1f%n",
                    form, cpuSeconds, cpuSeconds * 1e6 / Math.max(1, report.persons() * 10L), gc / 1000.0,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.gc();
        return seconds;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
