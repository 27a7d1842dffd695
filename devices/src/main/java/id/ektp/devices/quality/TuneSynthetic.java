package id.ektp.devices.quality;

import id.ektp.devices.synthetic.ScannerFormat;
import id.ektp.devices.synthetic.SyntheticFingerprintGenerator;

/** Scratch: synthetic-only evaluation for tuning. */
public final class TuneSynthetic {
    public static void main(String[] args) {
        SetEvaluation e = args[0].startsWith("/")
                ? SetEvaluation.of("f", EvaluationSets.fvcFolder(java.nio.file.Path.of(args[0]), 500))
                : SetEvaluation.of("s", EvaluationSets.synthetic(new SyntheticFingerprintGenerator(),
                args.length > 1 ? args[1] : "tune", Integer.parseInt(args[0]), 8, ScannerFormat.OPTICAL_388X374));
        System.out.printf("minutiae %.1f genuine p10 %.1f med %.1f p90 %.1f match@40 %.3f | impostor med %.2f p99 %.1f"
                + " max %.1f%n", e.meanMinutiae(), e.genuine().quantile(0.1), e.genuine().quantile(0.5),
                e.genuine().quantile(0.9), e.genuine().shareAtOrAbove(40), e.impostor().quantile(0.5),
                e.impostor().quantile(0.99), e.impostor().quantile(1));
    }
}
