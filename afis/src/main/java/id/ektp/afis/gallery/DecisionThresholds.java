package id.ektp.afis.gallery;

/**
 * The thresholds that turn a fused score into a decision, on the scale of the fusion rule in use.
 *
 * @param duplicate  at or above: {@link Decision#DUPLICATE} in identify
 * @param adjudicate at or above (and below duplicate): {@link Decision#ADJUDICATE} in identify
 * @param verify     at or above: a 1:1 verify matches
 */
public record DecisionThresholds(double duplicate, double adjudicate, double verify) {

    /**
     * Defaults for {@link FisherFusion}, measured through the production reader and extractor
     * (id.ektp.afis.evaluation, README "Evaluation"): on
     * FVC2002 chimeric persons (99,840 single-finger impostor comparisons, fingers independent) a
     * gallery of 1,000,000 persons gives FPIR 1e-2 at adjudicate 61 and FPIR 1e-4 at duplicate 75, for
     * every resolvable number of fingers compared from 2 to 10 (2 fingers set adjudicate, 3 duplicate);
     * verify 36 is the single-finger FMR 1e-4 point (measured 4.0e-5).
     */
    public static final DecisionThresholds DEFAULT = new DecisionThresholds(75, 61, 36);

    public DecisionThresholds {
        if (!(adjudicate <= duplicate)) {
            throw new IllegalArgumentException("adjudicate threshold " + adjudicate + " is above duplicate threshold " + duplicate);
        }
        if (Double.isNaN(verify)) {
            throw new IllegalArgumentException("verify threshold is not a number");
        }
    }

    public Decision decide(double fusedScore) {
        if (fusedScore >= duplicate) {
            return Decision.DUPLICATE;
        }
        if (fusedScore >= adjudicate) {
            return Decision.ADJUDICATE;
        }
        return Decision.NO_MATCH;
    }

    public boolean verifies(double fusedScore) {
        return fusedScore >= verify;
    }
}
