package id.ektp.afis.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** An FVC2002 set folder ({@code DBn_B}) with the resolution its README states. */
public record FvcSet(String name, Path folder, int dpi, List<FvcImpression> impressions) {
    private static final Pattern IMAGE = Pattern.compile("(\\d+)_(\\d+)\\.tif");
    private static final Pattern README_ROW = Pattern.compile("^\\|\\s*(DB\\d_B)\\s*\\|.*\\|\\s*(\\d{3,4})\\s*\\|\\s*$");

    /**
     * Reads every {@code DBn_B} folder under the given FVC2002 root. The DPI of each set comes from the
     * table in the README one level up (the shared data README), because DB2 is 569 dpi, not 500, and
     * extracting it at the wrong resolution would shift every score.
     */
    public static List<FvcSet> readAll(Path fvcRoot) {
        Map<String, Integer> dpis = readDpis(fvcRoot);
        List<FvcSet> sets = new ArrayList<>();
        try (Stream<Path> folders = Files.list(fvcRoot)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                Integer dpi = dpis.get(name);
                if (dpi == null)
                    throw new IllegalStateException("No DPI for " + name + " in the README table beside " + fvcRoot);
                sets.add(new FvcSet(name, folder, dpi, listImpressions(name, folder)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }

    static Map<String, Integer> readDpis(Path fvcRoot) {
        Path readme = fvcRoot.resolve("README.md");
        if (!Files.exists(readme))
            readme = fvcRoot.getParent().getParent().resolve("README.md");
        try {
            Map<String, Integer> dpis = new java.util.TreeMap<>();
            for (String line : Files.readAllLines(readme)) {
                Matcher m = README_ROW.matcher(line.trim());
                if (m.matches())
                    dpis.put(m.group(1), Integer.parseInt(m.group(2)));
            }
            if (dpis.isEmpty())
                throw new IllegalStateException("No set/dpi table in " + readme);
            return dpis;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the FVC2002 README " + readme, e);
        }
    }

    private static List<FvcImpression> listImpressions(String set, Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<FvcImpression> impressions = new ArrayList<>();
            for (Path file : files.toList()) {
                Matcher m = IMAGE.matcher(file.getFileName().toString());
                if (m.matches())
                    impressions.add(new FvcImpression(set, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), file));
            }
            impressions.sort(Comparator.comparingInt(FvcImpression::finger).thenComparingInt(FvcImpression::impression));
            return impressions;
        }
    }
}
