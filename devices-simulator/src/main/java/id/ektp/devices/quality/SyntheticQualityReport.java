package id.ektp.devices.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.ektp.devices.synthetic.ScannerFormat;
import id.ektp.devices.synthetic.SyntheticFingerprintGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Command: compares SourceAFIS genuine and impostor score distributions of synthetic impressions with the real
 * FVC2002 B sets (DB4_B is itself SFinGe-synthetic, the closest reference) and writes a chart, a JSON summary and
 * a CSV of all scores.
 *
 * <p>Arguments: {@code <fvc2002 folder> <output folder> [masters=10] [impressions=8]}.
 */
public final class SyntheticQualityReport {
    /** SourceAFIS's documented threshold for a false match rate of 0.01 %. */
    static final double THRESHOLD = 40;

    private SyntheticQualityReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticQualityReport <fvc2002 folder> <output folder> [masters] [impressions]");
            System.exit(2);
        }
        Path fvc = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int masters = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int impressions = args.length > 3 ? Integer.parseInt(args[3]) : 8;

        List<SetEvaluation> sets = new ArrayList<>();
        long start = System.nanoTime();
        SyntheticFingerprintGenerator generator = new SyntheticFingerprintGenerator();
        sets.add(SetEvaluation.of("synthetic " + masters + "x" + impressions,
                EvaluationSets.synthetic(generator, "report", masters, impressions, ScannerFormat.OPTICAL_388X374)));
        // Resolutions from the FVC2002 README: DB2 was scanned at 569 dpi, the others at 500.
        Map<String, Double> real = new LinkedHashMap<>();
        real.put("DB4_B", 500.0);
        real.put("DB1_B", 500.0);
        real.put("DB2_B", 569.0);
        real.put("DB3_B", 500.0);
        for (Map.Entry<String, Double> set : real.entrySet()) {
            Path folder = fvc.resolve(set.getKey());
            if (Files.isDirectory(folder)) {
                sets.add(SetEvaluation.of("FVC2002 " + set.getKey(), EvaluationSets.fvcFolder(folder, set.getValue())));
            } else {
                System.err.println("Skipping missing FVC set " + folder);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> summary = summary(sets, masters, impressions);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(out.resolve("synthetic-quality.json").toFile(), summary);
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("synthetic-quality-scores.csv")))) {
            csv.println("set,pair,score");
            for (SetEvaluation set : sets) {
                for (double s : set.genuine().scores()) {
                    csv.printf("%s,genuine,%.3f%n", set.name(), s);
                }
                for (double s : set.impostor().scores()) {
                    csv.printf("%s,impostor,%.3f%n", set.name(), s);
                }
            }
        }
        ImageIO.write(ScoreChart.draw(sets, "SourceAFIS 3.18.1 scores: synthetic vs FVC2002 (dashed: threshold 40)"),
                "png", out.resolve("synthetic-quality.png").toFile());
        System.out.println(json.writeValueAsString(summary.get("comparison")));
        System.out.printf("%d sets evaluated in %.1f s; report in %s%n", sets.size(), seconds, out);
    }

    static Map<String, Object> summary(List<SetEvaluation> sets, int masters, int impressions) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("matcher", "SourceAFIS 3.18.1, threshold " + THRESHOLD + " (FMR 0.01 %)");
        summary.put("synthetic", Map.of("masters", masters, "impressionsPerMaster", impressions,
                "format", ScannerFormat.OPTICAL_388X374.name(), "dpi", ScannerFormat.DPI));
        List<Map<String, Object>> perSet = new ArrayList<>();
        for (SetEvaluation set : sets) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("set", set.name());
            row.put("images", set.images());
            row.put("meanMinutiae", round(set.meanMinutiae()));
            row.put("genuinePairs", set.genuine().size());
            row.put("impostorPairs", set.impostor().size());
            row.put("genuineMedian", round(set.genuine().quantile(0.5)));
            row.put("genuineP10", round(set.genuine().quantile(0.1)));
            row.put("genuineP90", round(set.genuine().quantile(0.9)));
            row.put("impostorMedian", round(set.impostor().quantile(0.5)));
            row.put("impostorP99", round(set.impostor().quantile(0.99)));
            row.put("impostorMax", round(set.impostor().quantile(1)));
            row.put("genuineMatchRateAtThreshold", round(set.genuine().fractionAtOrAbove(THRESHOLD)));
            row.put("impostorFalseMatchRateAtThreshold", round(set.impostor().fractionAtOrAbove(THRESHOLD)));
            perSet.add(row);
        }
        summary.put("sets", perSet);
        SetEvaluation synthetic = sets.get(0);
        List<Map<String, Object>> comparison = new ArrayList<>();
        for (SetEvaluation reference : sets.subList(1, sets.size())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", reference.name());
            row.put("ksGenuine", round(synthetic.genuine().ksDistance(reference.genuine())));
            row.put("ksImpostor", round(synthetic.impostor().ksDistance(reference.impostor())));
            comparison.add(row);
        }
        summary.put("comparison", comparison);
        return summary;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
