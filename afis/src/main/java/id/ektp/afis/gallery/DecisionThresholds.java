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
     * Defaults for {@link FisherFusion}. On its calibrated scale a fused score s is reached by a
     * non-mated person with probability about 10^(-s/10): verify 40 is a false-match rate of 1e-4 per
     * attempt (SourceAFIS's own recommended threshold); adjudicate 70 is 1e-7 per person compared, a
     * false-positive identification rate of about 1e-2 against 100,000 persons; duplicate 100 is 1e-10.
     * The evaluation on FVC2002 (id.ektp.afis.evaluation) measures the real distributions and is the
     * place where these values are revised.
     */
    public static final DecisionThresholds DEFAULT = new DecisionThresholds(100, 70, 40);

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
