package id.ektp.afis.evaluation;

/**
 * A 1:N operating point for a gallery of {@code galleryPersons}: the fused-score threshold that keeps the
 * false-positive identification rate at the target, the per-person false-match rate that implies
 * (FPIR = 1 - (1 - FMR)^N), and the false-negative identification rate of a mated search there.
 * {@code resolvable} is false when the target lies beyond what the measured impostor scores can show:
 * the threshold is above every fused impostor score the model can produce, or the target per-person FMR
 * is below (10 / impostor scores)^fingers for the sum (see {@link ChimericFusion#SCORES_PER_FINGER}).
 */
public record IdentificationPoint(long galleryPersons, double targetFpir, double threshold, double fmrPerPerson,
        double fpir, double fnir, boolean resolvable) {
}
