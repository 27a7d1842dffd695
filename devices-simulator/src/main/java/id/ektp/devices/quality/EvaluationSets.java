package id.ektp.devices.quality;

import id.ektp.devices.synthetic.MasterFinger;
import id.ektp.devices.synthetic.ScannerFormat;
import id.ektp.devices.synthetic.SyntheticFingerprint;
import id.ektp.devices.synthetic.SyntheticFingerprintGenerator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Loads the sets the report compares: a real FVC folder, or a freshly generated synthetic set. */
final class EvaluationSets {
    private static final Pattern FVC_NAME = Pattern.compile("(\\d+)_(\\d+)\\.(tif|tiff|png|bmp)",
            Pattern.CASE_INSENSITIVE);

    private EvaluationSets() {
    }

    /** An FVC-style folder of {@code <finger>_<impression>.tif} images, extracted at the set's resolution. */
    static List<FingerprintSample> fvcFolder(Path folder, double dpi) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> FVC_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        return files.parallelStream().map(file -> {
            Matcher m = FVC_NAME.matcher(file.getFileName().toString());
            m.matches();
            try {
                BufferedImage image = ImageIO.read(file.toFile());
                if (image == null) {
                    throw new IOException("Not a readable image: " + file);
                }
                return new FingerprintSample(m.group(1), Integer.parseInt(m.group(2)),
                        TemplateExtraction.extract(image, dpi));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Synthetic masters x impressions, generated and extracted on all cores. */
    static List<FingerprintSample> synthetic(SyntheticFingerprintGenerator generator, String prefix, int masters,
                                             int impressions, ScannerFormat format) {
        return IntStream.range(0, masters).parallel().mapToObj(m -> {
            MasterFinger master = generator.master(prefix + "-" + m);
            List<FingerprintSample> samples = new ArrayList<>();
            for (int i = 1; i <= impressions; i++) {
                SyntheticFingerprint print = generator.impression(master, i, format);
                samples.add(new FingerprintSample(master.id(), i, TemplateExtraction.extract(print.pixels(),
                        print.width(), print.height(), print.dpi())));
            }
            return samples;
        }).flatMap(List::stream).toList();
    }
}
