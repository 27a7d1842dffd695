package id.ektp.afis.verify;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.evaluation.ChimericFusion;
import id.ektp.afis.evaluation.ErrorRates;
import id.ektp.afis.evaluation.FusionMethod;
import id.ektp.afis.evaluation.FvcImpression;
import id.ektp.afis.evaluation.FvcSet;
import id.ektp.afis.evaluation.FvcTemplates;
import id.ektp.afis.evaluation.IdentificationPoint;
import id.ektp.afis.evaluation.LabelledScores;
import id.ektp.afis.evaluation.OperatingPoint;
import id.ektp.afis.evaluation.RuleScale;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.FusionRule;
import id.ektp.afis.template.FingerTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pick-up 1:1 decision on FVC2002 B, in one run: FNMR at a check false-match rate of 1e-4 for one
 * and two fingers, one and three attempts, each finger enrolled from two impressions, against one finger
 * enrolled from one impression and verified once (the baseline).
 *
 * <p>Protocol. Enrolment: impressions 1 and 2 (baseline: 1); attempts: impressions 3-8. A check of three
 * attempts fails only if all three do: every 3 of the 6 attempt impressions (20 checks per finger). Two
 * fingers: a chimeric person of two different fingers of the same set (every pair, 45 per set; FVC2002
 * does not say which fingers came from one volunteer), who gives impression k of both at attempt k.
 * Impostors: each finger's reference (enrolled from impressions 1-2, 3-4, 5-6 and 7-8 in turn) against
 * every impression of every other finger of all four sets (49,920 finger scores). A check of a attempts
 * has a false-match rate of at most a times that of one attempt whatever the attempts' dependence, so
 * each attempt gets 1e-4 / a. Two-finger impostor scores are modelled as independent fingers (the exact
 * convolution of the finger-level distribution, as the ten-finger evaluation does): real fingers of one
 * impostor are not independent, and that is the model's limit. Thresholds are on the Fisher scale, as
 * {@link PickupVerifier} fuses.
 *
 * <p>Argument: the FVC2002 folder.
 */
public final class PickupStudy {
    static final double CHECK_FMR = 1e-4;
    private static final int[] ATTEMPT_IMPRESSIONS = {3, 4, 5, 6, 7, 8};
    private static final FingerPosition[] POSITIONS = {FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_INDEX};

    record Configuration(String name, int fingers, int enrolmentImpressions, int attempts) {
    }

    static final List<Configuration> CONFIGURATIONS = List.of(
            new Configuration("baseline: 1 finger, 1 impression, 1 attempt", 1, 1, 1),
            new Configuration("1 finger, 2 impressions, 1 attempt", 1, 2, 1),
            new Configuration("1 finger, 2 impressions, 3 attempts", 1, 2, 3),
            new Configuration("2 fingers, 2 impressions each, 1 attempt", 2, 2, 1),
            new Configuration("2 fingers, 2 impressions each, 3 attempts", 2, 2, 3));

    /** One configuration's derived threshold and what it achieves. */
    record Result(Configuration configuration, double threshold, boolean resolvable, double attemptFmr,
            int impostorScores, int checks, int failedChecks) {
        double fnmr() {
            return (double) failedChecks / checks;
        }
    }

    private final List<List<FingerTemplate>> fingers = new ArrayList<>();
    private final List<String> fingerSets = new ArrayList<>();

    PickupStudy(Path fvcRoot) {
        for (FvcSet set : FvcSet.readAll(fvcRoot)) {
            FvcTemplates templates = new FvcTemplates(List.of(set));
            Map<Integer, List<FingerTemplate>> byFinger = new LinkedHashMap<>();
            for (int i = 0; i < templates.size(); i++) {
                FvcImpression impression = templates.impression(i);
                byFinger.computeIfAbsent(impression.finger(), f -> new ArrayList<>()).add(templates.fingerTemplate(i));
            }
            byFinger.values().forEach(impressions -> {
                fingers.add(impressions);
                fingerSets.add(set.name());
            });
        }
    }

    List<Result> run() {
        List<Result> results = new ArrayList<>();
        Map<Integer, double[]> impostorByEnrolment = new LinkedHashMap<>();
        for (Configuration c : CONFIGURATIONS) {
            double[] impostor = impostorByEnrolment.computeIfAbsent(c.enrolmentImpressions(), this::impostorFingerScores);
            double attemptFmr = CHECK_FMR / c.attempts();
            double threshold;
            boolean resolvable;
            ErrorRates fingerLevel = new LabelledScores(new double[] {0}, impostor).errorRates();
            if (c.fingers() == 1) {
                OperatingPoint p = fingerLevel.atFmr(attemptFmr);
                threshold = p.resolvable() ? p.threshold() : fingerLevel.impostor().max() + 0.5;
                resolvable = p.resolvable();
            } else {
                IdentificationPoint p = new ChimericFusion(fingerLevel, FusionMethod.SUM, c.fingers()).atFpir(1, attemptFmr);
                threshold = RuleScale.onRuleScale(FusionRule.DEFAULT, FusionMethod.SUM, p.threshold(), c.fingers());
                resolvable = p.resolvable();
            }
            int[] outcome = genuineChecks(c, threshold);
            results.add(new Result(c, threshold, resolvable, attemptFmr, impostor.length, outcome[0], outcome[1]));
        }
        return results;
    }

    /**
     * Each finger's reference against every impression of every other finger, best over the reference's
     * impressions (the scoring of {@link PickupVerifier#score}); one live template is compared with all
     * the references at once, because building its matcher costs more than a comparison.
     */
    private double[] impostorFingerScores(int enrolmentImpressions) {
        int n = fingers.size();
        List<PickupReference> references = new ArrayList<>();
        for (int f = 0; f < n; f++)
            for (int first = 0; first < 8; first += 2)
                references.add(reference(List.of(f), first, enrolmentImpressions));
        return IntStream.range(0, n * 8).parallel().mapToObj(live -> {
            int g = live / 8;
            FingerprintMatcher matcher = new FingerprintMatcher(fingers.get(g).get(live % 8).sourceAfis());
            List<Double> scores = new ArrayList<>();
            for (int r = 0; r < references.size(); r++) {
                if (r / 4 == g)
                    continue;
                double best = 0;
                for (FingerTemplate impression : references.get(r).fingers().get(POSITIONS[0]))
                    best = Math.max(best, matcher.match(impression.sourceAfis()));
                scores.add(FusionRule.DEFAULT.fuse(Map.of(POSITIONS[0], best)));
            }
            return scores;
        }).flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    }

    /** {checks, failed checks} for the configuration's genuine checks at the threshold. */
    private int[] genuineChecks(Configuration c, double threshold) {
        PickupVerifier verifier = new PickupVerifier(new PickupPolicy(threshold, c.attempts()));
        List<List<Integer>> persons = new ArrayList<>();
        for (int f = 0; f < fingers.size(); f++) {
            if (c.fingers() == 1) {
                persons.add(List.of(f));
                continue;
            }
            for (int g = f + 1; g < fingers.size(); g++)
                if (fingerSets.get(f).equals(fingerSets.get(g)))
                    persons.add(List.of(f, g));
        }
        List<int[]> attemptSets = attemptSets(c.attempts());
        int[] totals = persons.parallelStream().map(person -> {
            PickupReference reference = reference(person, 0, c.enrolmentImpressions());
            int checks = 0;
            int failed = 0;
            for (int[] attempts : attemptSets) {
                PickupCheck check = verifier.begin(reference);
                PickupAttempt last = null;
                for (int impression : attempts) {
                    Map<FingerPosition, FingerTemplate> live = new LinkedHashMap<>();
                    for (int i = 0; i < person.size(); i++)
                        live.put(POSITIONS[i], fingers.get(person.get(i)).get(impression - 1));
                    last = check.attempt(live);
                    if (last.finished())
                        break;
                }
                checks++;
                failed += last.decision() == PickupDecision.MATCH ? 0 : 1;
            }
            return new int[] {checks, failed};
        }).reduce(new int[2], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
        return totals;
    }

    private PickupReference reference(List<Integer> person, int firstImpression, int impressions) {
        Map<FingerPosition, List<FingerTemplate>> enrolled = new LinkedHashMap<>();
        for (int i = 0; i < person.size(); i++)
            enrolled.put(POSITIONS[i], fingers.get(person.get(i)).subList(firstImpression, firstImpression + impressions));
        return new PickupReference(enrolled);
    }

    /** Every choice of {@code k} of the attempt impressions, in rising order. */
    private static List<int[]> attemptSets(int k) {
        List<int[]> sets = new ArrayList<>();
        choose(new int[k], 0, 0, sets);
        return sets;
    }

    private static void choose(int[] chosen, int depth, int from, List<int[]> out) {
        if (depth == chosen.length) {
            out.add(chosen.clone());
            return;
        }
        for (int i = from; i < ATTEMPT_IMPRESSIONS.length; i++) {
            chosen[depth] = ATTEMPT_IMPRESSIONS[i];
            choose(chosen, depth + 1, i + 1, out);
        }
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/fingerprints/fvc2002");
        if (!Files.isDirectory(root)) {
            System.err.println("FVC2002 folder not found: " + root.toAbsolutePath());
            System.exit(2);
        }
        List<Result> results = new PickupStudy(root).run();
        System.out.println("| configuration | FMR per attempt | threshold (Fisher) | impostor finger scores | genuine checks | FNMR at check FMR 1e-4 |");
        System.out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.1e | %.1f%s | %,d | %,d | %.1f %% (%d) |%n", r.configuration().name(),
                    r.attemptFmr(), r.threshold(), r.resolvable() ? "" : " (not resolvable: above every impostor score)",
                    r.impostorScores(), r.checks(), 100 * r.fnmr(), r.failedChecks());
        }
    }
}
