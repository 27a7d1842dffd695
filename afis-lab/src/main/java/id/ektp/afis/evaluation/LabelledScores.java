package id.ektp.afis.evaluation;

/**
 * Scores of all ordered comparisons among a set of templates, split into genuine (same finger, different
 * impression) and impostor (different fingers) by the group each pair falls in.
 */
public record LabelledScores(double[] genuine, double[] impostor) {
    public ErrorRates errorRates() {
        return new ErrorRates(new ScoreDistribution(genuine), new ScoreDistribution(impostor));
    }
}
