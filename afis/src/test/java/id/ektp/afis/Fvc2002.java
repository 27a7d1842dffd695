package id.ektp.afis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The FVC2002 B sets in ../shared/data (through the ektp.shared.data property). Extracted templates
 * are cached for the whole test JVM: extraction (25-47 ms an image) would otherwise dominate the run.
 * The tests together use nearly every image, so the first use of a set extracts all its 80 images
 * on all cores.
 */
public final class Fvc2002 {

    public enum Set {
        DB1_B(500), DB2_B(569), DB3_B(500), DB4_B(500);

        public final Resolution resolution;

        Set(double dpi) {
            this.resolution = Resolution.dpi(dpi);
        }
    }

    private static final Map<Set, Map<String, FingerTemplate>> CACHE = new ConcurrentHashMap<>();
    private static final TemplateExtractor EXTRACTOR = new TemplateExtractor();

    private Fvc2002() {
    }

    /** The folder of a set; skips the calling test when the shared data is absent. */
    public static Path folder(Set set) {
        String root = System.getProperty("ektp.shared.data", "../shared/data");
        Path folder = Path.of(root, "fingerprints", "fvc2002", set.name());
        assumeTrue(Files.isDirectory(folder), "FVC2002 data not found at " + folder.toAbsolutePath()
                + " (set -Dektp.shared.data); skipping the test that needs real fingerprints");
        return folder;
    }

    /** Image of finger 101..110, impression 1..8. */
    public static Path image(Set set, int finger, int impression) {
        return folder(set).resolve(finger + "_" + impression + ".tif");
    }

    public static byte[] imageBytes(Set set, int finger, int impression) {
        return read(image(set, finger, impression));
    }

    /** The commercial SDK's ISO/IEC 19794-2:2005 template of the same image (DB1_B and DB2_B only). */
    public static byte[] isoTemplate(Set set, int finger, int impression) {
        return read(folder(set).resolve(finger + "_" + impression + ".iso"));
    }

    public static FingerTemplate template(Set set, int finger, int impression) {
        return CACHE.computeIfAbsent(set, Fvc2002::extractAll).get(finger + "_" + impression);
    }

    private static Map<String, FingerTemplate> extractAll(Set set) {
        folder(set); // skips on the test's own thread, not in a worker, when the data is absent
        Map<String, FingerTemplate> templates = new ConcurrentHashMap<>();
        IntStream.range(0, 80).parallel().forEach(i -> {
            int finger = 101 + i / 8;
            int impression = 1 + i % 8;
            templates.put(finger + "_" + impression, EXTRACTOR.extract(image(set, finger, impression), set.resolution));
        });
        return templates;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
