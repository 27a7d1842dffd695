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
 * the file size and the heap held.
 *
 * <pre>./mvnw -B -ntp -q -pl afis -am compile
 * MAVEN_OPTS=-Xmx14g ./mvnw -B -ntp -q -pl afis exec:java -Dexec.mainClass=id.ektp.afis.store.ReloadCommand \
 *     -Dexec.args="100000 ../shared/data/fingerprints/fvc2002 target/reload.afis"</pre>
 */
public final class ReloadCommand {

    private static final Map<String, Double> DPI = Map.of("DB1_B", 500.0, "DB2_B", 569.0, "DB3_B", 500.0, "DB4_B", 500.0);

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path fvc = Path.of(args.length > 1 ? args[1] : "../shared/data/fingerprints/fvc2002");
        Path file = Path.of(args.length > 2 ? args[2] : "target/reload.afis");
        TemplateExtractor extractor = new TemplateExtractor();
        List<byte[]> templates = DPI.keySet().stream().sorted().flatMap(set -> IntStream.range(0, 80).parallel().mapToObj(i -> {
            Path image = fvc.resolve(set).resolve((101 + i / 8) + "_" + (1 + i % 8) + ".tif");
            return extractor.extract(image, Resolution.dpi(DPI.get(set))).toBytes();
        }).toList().stream()).toList();
        double meanBytes = templates.stream().mapToInt(b -> b.length).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d real templates, %.0f bytes serialized on average%n", templates.size(), meanBytes);

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
        System.out.printf(Locale.ROOT, "wrote %,d persons (%,d templates) in %.1f s, file %,d MB%n",
                persons, persons * 10L, writeSeconds, Files.size(file) >> 20);

        System.gc();
        long heapBefore = usedHeap();
        long cpuBefore = processCpuNanos();
        long gcBefore = gcMillis();
        try (PersistentGallery gallery = PersistentGallery.open(file, new BruteForceGallery(), false)) {
            LoadReport report = gallery.loadReport();
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            long gc = gcMillis() - gcBefore;
            System.gc();
            long heap = usedHeap() - heapBefore;
            System.out.printf(Locale.ROOT, "reloaded %,d persons in %.1f s on %d cores (%.0f persons/s), heap %,d MB (%.1f KB per person)%n",
                    report.persons(), report.millis() / 1000.0, Runtime.getRuntime().availableProcessors(),
                    report.persons() / (report.millis() / 1000.0), heap >> 20, heap / 1024.0 / Math.max(1, report.persons()));
            // On a shared machine the wall time above depends on the other load; CPU time does much less.
            System.out.printf(Locale.ROOT, "reload used %.1f s of CPU (%.0f us per template), %.1f s in garbage collection; load average %.1f%n",
                    cpuSeconds, cpuSeconds * 1e6 / Math.max(1, report.persons() * 10L), gc / 1000.0,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            FingerTemplate sample = FingerTemplate.fromBytes(templates.get(0));
            System.out.printf(Locale.ROOT, "one template: %,d bytes serialized, ~%,d bytes on the heap (SourceAFIS estimate)%n",
                    templates.get(0).length, sample.memory());
        }
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
