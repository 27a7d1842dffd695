package id.ektp.afis.evaluation;

/**
 * One threshold and the error rates it gives. {@code resolvable} is false when the impostor sample is too
 * small to show the target false-match rate at all (fewer than 1 / target impostor comparisons), in which
 * case the threshold is simply above every impostor score seen.
 */
public record OperatingPoint(double targetFmr, double threshold, double fmr, double fnmr, int impostorComparisons,
        boolean resolvable) {
}
