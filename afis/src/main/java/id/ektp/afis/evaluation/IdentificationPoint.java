package id.ektp.afis.evaluation;

/**
 * A 1:N operating point for a gallery of {@code galleryPersons}: the fused-score threshold that keeps the
 * false-positive identification rate at the target, the per-person false-match rate that implies
 * (FPIR = 1 - (1 - FMR)^N), and the false-negative identification rate of a mated search there.
 * {@code resolvable} is false when the threshold lies above every fused impostor score the measured
 * distribution can produce: the target is then beyond what the data can show, and the threshold only
 * says "above everything seen".
 */
public record IdentificationPoint(long galleryPersons, double targetFpir, double threshold, double fmrPerPerson,
        double fpir, double fnir, boolean resolvable) {
}
