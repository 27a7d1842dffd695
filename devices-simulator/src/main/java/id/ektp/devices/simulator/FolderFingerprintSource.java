package id.ektp.devices.simulator;

import id.ektp.afis.synthetic.Seeds;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Real images from a folder in the FVC layout ({@code <finger>_<impression>.tif}): each (identity, finger position)
 * is assigned one finger of the folder, and successive attempts walk through its impressions.
 */
public final class FolderFingerprintSource implements FingerprintSource {
    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)\\.(tif|tiff|png|bmp|jpg)",
            Pattern.CASE_INSENSITIVE);

    private final List<List<Path>> fingers;
    private final int dpi;

    public FolderFingerprintSource(Path folder, int dpi) {
        this.dpi = dpi;
        Map<Integer, List<Path>> byFinger = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(file -> {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    byFinger.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list fingerprint folder " + folder, e);
        }
        if (byFinger.isEmpty()) {
            throw new IllegalArgumentException("No <finger>_<impression> images in " + folder);
        }
        this.fingers = List.copyOf(byFinger.values());
    }

    public int fingers() {
        return fingers.size();
    }

    @Override
    public GreyImage fingerprint(String identity, int position, int attempt) {
        List<Path> impressions = fingers.get((int) Math.floorMod(Seeds.of("folder", identity, position),
                (long) fingers.size()));
        return read(impressions.get(Math.floorMod(attempt - 1, impressions.size())), dpi);
    }

    /** One image file as the scanner delivers it, at the stated resolution. */
    static GreyImage read(Path file, int dpi) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IOException("Not a readable image: " + file);
            }
            return GreyImage.of(image, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
