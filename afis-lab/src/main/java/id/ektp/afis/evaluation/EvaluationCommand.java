package id.ektp.afis.evaluation;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import id.ektp.afis.gallery.FusionRule;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * The evaluation on real fingerprints: FVC2002 verification error rates per set and pooled, ten-finger
 * fusion on chimeric persons, the thresholds derived from them, and synthetic fingers set beside the
 * real ones. Writes {@code evaluation.json}, {@code evaluation-det.png}, {@code evaluation-fusion.png} and
 * {@code evaluation-synthetic.png} into the reports folder and prints a summary.
 *
 * <p>Arguments: {@code --data <fvc2002 folder> --reports <folder> [--gallery N] [--synthetic-fingers N]
 * [--synthetic-impostors N] [--seed N]}.
 */
public final class EvaluationCommand {
    static final double[] TARGET_FMRS = { 1e-2, 1e-3, 1e-4 };
    static final double[] TARGET_FPIRS = { 1e-2, 1e-3 };
    static final long[] GALLERY_SIZES = { 10_000, 100_000, 1_000_000 };
    /** Share of non-mated searches allowed to reach a human examiner. */
    static final double ADJUDICATE_FPIR = 1e-2;
    /** Share of non-mated searches allowed to be declared duplicates outright. */
    static final double DUPLICATE_FPIR = 1e-4;
    static final double VERIFY_FMR = 1e-4;
    static final int FINGERS = 10;

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("--data", "../shared/data/fingerprints/fvc2002"));
        Path reports = Path.of(options.getOrDefault("--reports", "afis/reports"));
        long gallery = Long.parseLong(options.getOrDefault("--gallery", "1000000"));
        int syntheticFingers = Integer.parseInt(options.getOrDefault("--synthetic-fingers", "2000"));
        int syntheticImpostors = Integer.parseInt(options.getOrDefault("--synthetic-impostors", "50"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "20020"));
        if (!Files.isDirectory(data)) {
            System.err.println("FVC2002 folder not found: " + data.toAbsolutePath());
            System.exit(2);
        }
        Files.createDirectories(reports);
        Map<String, Object> report = new EvaluationCommand().evaluate(data, reports, gallery, syntheticFingers,
                syntheticImpostors, seed);
        Files.writeString(reports.resolve("evaluation.json"), Json.write(report));
        System.out.println("Wrote " + reports.resolve("evaluation.json"));
    }

    Map<String, Object> evaluate(Path data, Path reports, long gallery, int syntheticFingers, int syntheticImpostors,
            long seed) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("generated", Instant.now().toString());
        report.put("sourceafis", FingerprintCompatibility.version());

        long start = System.nanoTime();
        List<FvcSet> sets = FvcSet.readAll(data);
        FvcTemplates templates = new FvcTemplates(sets);
        long extracted = System.nanoTime();
        FvcComparisons comparisons = new FvcComparisons(templates);
        long compared = System.nanoTime();
        System.out.printf("Extracted %d FVC2002 templates in %.1f s, compared all %d ordered pairs in %.1f s%n",
                templates.size(), (extracted - start) / 1e9, (long) templates.size() * (templates.size() - 1),
                (compared - extracted) / 1e9);

        XYChart det = Plots.det("DET, SourceAFIS " + FingerprintCompatibility.version() + " on FVC2002 (1:1 and fused)",
                "FMR (false match rate; fused: per person)", "FNMR (false non-match rate)");
        List<Map<String, Object>> setReports = new ArrayList<>();
        System.out.println();
        System.out.println("| set | dpi | genuine | impostor | EER | FNMR@FMR 1e-2 | FNMR@FMR 1e-3 | FNMR@FMR 1e-4 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<ScoreDistribution> genuineBySet = new ArrayList<>();
        for (Map.Entry<String, LabelledScores> entry : comparisons.bySet().entrySet()) {
            FvcSet set = sets.stream().filter(s -> s.name().equals(entry.getKey())).findFirst().orElseThrow();
            ErrorRates rates = entry.getValue().errorRates();
            genuineBySet.add(rates.genuine());
            setReports.add(verificationReport(set.name(), set.dpi(), rates));
            Plots.addCurve(det, set.name(), rates.detCurve());
        }
        ErrorRates pooled = comparisons.scores(null).errorRates();
        Map<String, Object> pooledReport = verificationReport("pooled", 0, pooled);
        pooledReport.put("note", "all four sets together; impostors include every cross-set pair");
        Plots.addCurve(det, "pooled", pooled.detCurve());
        report.put("verification", Map.of("protocol",
                "every ordered pair of the 80 images of a set (SourceAFIS scores are not symmetric): genuine = same "
                        + "finger, different impression (10 x 8 x 7 = 560 per set); impostor = every cross-finger pair "
                        + "(80 x 72 = 5,760 per set; 99,840 pooled with the cross-set pairs). FNMR@FMR x is read at the "
                        + "lowest threshold accepting at most floor(x * impostors) impostor comparisons; 'resolvable' is "
                        + "false when fewer than 1/x impostor comparisons exist (FMR 1e-4 on a single set).",
                "sets", setReports, "pooled", pooledReport));

        XYChart fusedDet = Plots.det("DET of ten-finger fusion (chimeric persons, sum = fisher ordering)",
                "FMR per person compared", "FNMR (mated)", 1e-16, 1e-12);
        report.put("fusion", fusionReport(pooled, genuineBySet, gallery, reports, fusedDet));
        report.put("thresholds", thresholdReport(pooled, gallery));

        SyntheticPopulation population = new SyntheticPopulation(seed);
        long synthStart = System.nanoTime();
        LabelledScores synthetic = SyntheticComparisons.measure(population, syntheticFingers, syntheticImpostors);
        System.out.printf("%nSynthetic: %d genuine and %d impostor comparisons in %.1f s%n", synthetic.genuine().length,
                synthetic.impostor().length, (System.nanoTime() - synthStart) / 1e9);
        ErrorRates syntheticRates = synthetic.errorRates();
        Plots.addCurve(det, "synthetic (1:1)", syntheticRates.detCurve());
        report.put("synthetic", syntheticReport(seed, syntheticRates, pooled, reports));

        Plots.save(reports.resolve("evaluation-det.png"), 2, det, fusedDet);
        return report;
    }

    private static Map<String, Object> verificationReport(String name, int dpi, ErrorRates rates) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("set", name);
        if (dpi > 0)
            result.put("dpi", dpi);
        result.put("genuineComparisons", rates.genuine().size());
        result.put("impostorComparisons", rates.impostor().size());
        result.put("eer", rates.eer());
        List<Map<String, Object>> points = new ArrayList<>();
        StringBuilder row = new StringBuilder(String.format("| %s | %s | %d | %d | %.2f %% |", name, dpi > 0 ? dpi : "-",
                rates.genuine().size(), rates.impostor().size(), 100 * rates.eer()));
        for (double target : TARGET_FMRS) {
            OperatingPoint p = rates.atFmr(target);
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("targetFmr", target);
            point.put("threshold", p.threshold());
            point.put("fmr", p.fmr());
            point.put("fnmr", p.fnmr());
            point.put("impostorsAboveThreshold", rates.impostor().countAtOrAbove(p.threshold()));
            point.put("resolvable", p.resolvable());
            points.add(point);
            row.append(p.resolvable() ? String.format(" %.1f %% (t=%.1f) |", 100 * p.fnmr(), p.threshold())
                    : " not resolvable |");
        }
        result.put("fnmrAtFmr", points);
        result.put("genuineQuantiles", quantiles(rates.genuine()));
        result.put("impostorQuantiles", quantiles(rates.impostor()));
        result.put("impostorMax", rates.impostor().max());
        System.out.println(row);
        return result;
    }

    private Map<String, Object> fusionReport(ErrorRates pooled, List<ScoreDistribution> genuineBySet, long gallery,
            Path reports, XYChart det) throws IOException {
        Map<String, Object> fusion = new LinkedHashMap<>();
        fusion.put("method", "Score-level chimeric persons. FVC2002 B holds 40 distinct fingers, too few to build "
                + "ten-finger persons from images, so a chimeric person's ten finger comparisons are independent draws "
                + "from the pooled finger-level distributions (2,240 genuine, 99,840 impostor). 'independent': each "
                + "genuine finger drawn from the pooled genuine scores; 'per-sensor': all ten genuine fingers of a "
                + "person drawn from one set's genuine scores (a person captured on one sensor shares its quality), "
                + "which is less optimistic. Fused distributions are computed exactly under that model (ten-fold "
                + "convolution of the 0.5-point score histogram for the sum, CDF^10 for the maximum), impostor scores "
                + "rounded up and genuine rounded down so that the grid only overstates errors. FPIR for a gallery of N "
                + "persons = 1 - (1 - FMR per person)^N; FNIR = mate's fused score below the threshold. Independence "
                + "across fingers is an assumption the data cannot check: real fingers of one person are correlated, "
                + "so these FNIR are lower bounds.");
        fusion.put("fingers", FINGERS);
        List<Map<String, Object>> models = new ArrayList<>();
        System.out.println();
        System.out.println("| model | rule | gallery | FPIR target | threshold (rule scale) | FNIR |");
        System.out.println("|---|---|---|---|---|---|");
        XYChart fusedHistogram = null;
        for (String model : List.of("independent", "per-sensor")) {
            for (FusionMethod method : FusionMethod.values()) {
                ChimericFusion fused = model.equals("independent") ? new ChimericFusion(pooled, method, FINGERS)
                        : new ChimericFusion(genuineBySet, pooled.impostor(), method, FINGERS);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("model", model);
                entry.put("fusion", method.name().toLowerCase());
                entry.put("impostorSupportMax", fused.impostorSupportMax());
                entry.put("minimumResolvableFmrPerPerson", fused.minimumResolvableFmr());
                List<Map<String, Object>> points = new ArrayList<>();
                for (long persons : GALLERY_SIZES) {
                    for (double fpir : TARGET_FPIRS) {
                        IdentificationPoint p = fused.atFpir(persons, fpir);
                        Map<String, Object> point = new LinkedHashMap<>();
                        point.put("galleryPersons", persons);
                        point.put("targetFpir", fpir);
                        point.put("threshold", p.threshold());
                        if (method == FusionMethod.SUM)
                            point.put("fisherThreshold", RuleScale.onRuleScale(FusionRule.DEFAULT, method, p.threshold(), FINGERS));
                        point.put("fmrPerPerson", p.fmrPerPerson());
                        point.put("fpir", p.fpir());
                        point.put("fnir", p.fnir());
                        point.put("resolvable", p.resolvable());
                        points.add(point);
                        System.out.printf("| %s | %s | %,d | %.0e | %s | %s |%n", model, method.name().toLowerCase(), persons,
                                fpir, p.resolvable() ? String.format("%.1f", method == FusionMethod.SUM
                                        ? RuleScale.onRuleScale(FusionRule.DEFAULT, method, p.threshold(), FINGERS) : p.threshold())
                                        + (method == FusionMethod.SUM ? " (fisher)" : "") : "not resolvable",
                                p.resolvable() ? String.format("%.2e", p.fnir()) : "-");
                    }
                }
                entry.put("identification", points);
                entry.put("histogram", fused.histogram(method == FusionMethod.SUM ? 20 : 4).stream()
                        .filter(r -> r[1] > 1e-12 || r[2] > 1e-12).toList());
                models.add(entry);
                if (method == FusionMethod.SUM) {
                    Plots.addCurve(det, "10 fingers, " + model, fused.detCurve(2));
                    if (model.equals("independent"))
                        fusedHistogram = fusedHistogramChart(fused);
                }
            }
        }
        fusion.put("models", models);
        fusion.put("galleryPersonsForThresholds", gallery);
        Plots.save(reports.resolve("evaluation-fusion.png"), 1, fusedHistogram);
        return fusion;
    }

    private static XYChart fusedHistogramChart(ChimericFusion fused) {
        XYChart chart = new org.knowm.xchart.XYChartBuilder().width(900).height(500)
                .title("Fused ten-finger scores (sum of SourceAFIS finger scores), chimeric persons, independent model")
                .xAxisTitle("sum of ten finger scores").yAxisTitle("probability per 10-point bin").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(1e-15);
        chart.getStyler().setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Step);
        List<double[]> rows = fused.histogram(20);
        List<Double> x = new ArrayList<>();
        List<Double> g = new ArrayList<>();
        List<Double> xi = new ArrayList<>();
        List<Double> i = new ArrayList<>();
        for (double[] r : rows) {
            if (r[1] > 1e-15) {
                x.add(r[0]);
                g.add(r[1]);
            }
            if (r[2] > 1e-15) {
                xi.add(r[0]);
                i.add(r[2]);
            }
        }
        chart.addSeries("genuine (mated)", x, g).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        chart.addSeries("impostor (non-mated)", xi, i).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        return chart;
    }

    private Map<String, Object> thresholdReport(ErrorRates pooled, long gallery) {
        ChimericFusion sum = new ChimericFusion(pooled, FusionMethod.SUM, FINGERS);
        ThresholdDerivation derivation = new ThresholdDerivation(sum, pooled, FusionRule.DEFAULT);
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("rule", FusionRule.DEFAULT.name());
        thresholds.put("basis", "ten-finger chimeric model (independent), pooled FVC2002; adjudicate and duplicate set "
                + "for target FPIR at the stated gallery size, verify for a single-finger FMR; rounded up to whole points");
        Map<String, Object> adjudicate = derivation.identification(gallery, ADJUDICATE_FPIR);
        Map<String, Object> duplicate = derivation.identification(gallery, DUPLICATE_FPIR);
        Map<String, Object> verify = derivation.verification(VERIFY_FMR);
        thresholds.put("adjudicate", adjudicate);
        thresholds.put("duplicate", duplicate);
        thresholds.put("verify", verify);
        Map<String, Object> fewer = new LinkedHashMap<>();
        for (int k : new int[] { 2, 4, 6, 10 }) {
            fewer.put(k + " fingers", Map.of("adjudicateFmrPerPerson",
                    derivation.fmrWithFingers((double) adjudicate.get("threshold"), k), "duplicateFmrPerPerson",
                    derivation.fmrWithFingers((double) duplicate.get("threshold"), k)));
        }
        thresholds.put("fmrPerPersonByFingersCompared", fewer);
        System.out.printf("%nDerived thresholds (%s scale, gallery %,d): adjudicate %.0f (FPIR target %.0e, FNIR %.2e), "
                + "duplicate %.0f (FPIR target %.0e, FNIR %.2e), verify %.0f (single-finger FMR %.1e, FNMR %.3f)%n",
                FusionRule.DEFAULT.name(), gallery, adjudicate.get("threshold"), ADJUDICATE_FPIR, adjudicate.get("fnir"),
                duplicate.get("threshold"), DUPLICATE_FPIR, duplicate.get("fnir"), verify.get("threshold"),
                verify.get("fmr"), verify.get("fnmr"));
        System.out.println("FMR per person at those thresholds by fingers compared: " + fewer);
        return thresholds;
    }

    private Map<String, Object> syntheticReport(long seed, ErrorRates synthetic, ErrorRates real, Path reports)
            throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seed", seed);
        result.put("genuineComparisons", synthetic.genuine().size());
        result.put("impostorComparisons", synthetic.impostor().size());
        result.put("ksGenuine", synthetic.genuine().ksDistance(real.genuine()));
        result.put("ksImpostor", synthetic.impostor().ksDistance(real.impostor()));
        result.put("eer", synthetic.eer());
        result.put("eerReal", real.eer());
        List<Map<String, Object>> points = new ArrayList<>();
        for (double target : TARGET_FMRS) {
            OperatingPoint s = synthetic.atFmr(target);
            OperatingPoint r = real.atFmr(target);
            points.add(Map.of("targetFmr", target, "syntheticThreshold", s.threshold(), "syntheticFnmr", s.fnmr(),
                    "realThreshold", r.threshold(), "realFnmr", r.fnmr(), "resolvable", s.resolvable()));
        }
        result.put("fnmrAtFmr", points);
        result.put("genuineQuantiles", Map.of("synthetic", quantiles(synthetic.genuine()), "real", quantiles(real.genuine())));
        result.put("impostorQuantiles", Map.of("synthetic", quantiles(synthetic.impostor()), "real", quantiles(real.impostor())));
        System.out.printf("Synthetic vs FVC2002 pooled: KS genuine %.3f, KS impostor %.3f; EER %.2f %% vs %.2f %%%n",
                result.get("ksGenuine"), result.get("ksImpostor"), 100 * synthetic.eer(), 100 * real.eer());
        XYChart genuine = Plots.histograms("Genuine scores: synthetic vs FVC2002", "SourceAFIS score", 10, 400, false,
                List.of("FVC2002 pooled", "synthetic"), List.of(real.genuine(), synthetic.genuine()));
        XYChart impostor = Plots.histograms("Impostor scores: synthetic vs FVC2002", "SourceAFIS score", 1, 50, true,
                List.of("FVC2002 pooled", "synthetic"), List.of(real.impostor(), synthetic.impostor()));
        Plots.save(reports.resolve("evaluation-synthetic.png"), 2, genuine, impostor);
        return result;
    }

    private static Map<String, Object> quantiles(ScoreDistribution scores) {
        Map<String, Object> q = new LinkedHashMap<>();
        for (double p : new double[] { 0.1, 0.25, 0.5, 0.75, 0.9, 0.99 })
            q.put("p" + Math.round(p * 100), scores.quantile(p));
        q.put("mean", scores.mean());
        return q;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--"))
                throw new IllegalArgumentException("expected an --option, got " + args[i]);
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
