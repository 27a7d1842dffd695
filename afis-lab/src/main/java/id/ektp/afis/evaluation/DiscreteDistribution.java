package id.ektp.afis.evaluation;

/**
 * A score distribution on a grid of bins {@code [k * width, (k + 1) * width)}, used to combine finger score
 * distributions exactly (convolution for a sum, power of the CDF for a maximum) instead of by sampling, so
 * that tails down to 1e-9 and below are computed, not guessed from a few million samples.
 */
final class DiscreteDistribution {
    final double width;
    final double[] mass;
    private double[] survival;

    DiscreteDistribution(double width, double[] mass) {
        this.width = width;
        this.mass = mass;
    }

    /**
     * Puts each score in a bin; {@code roundUp} moves it to the bin above (used for impostor scores, so that
     * the grid can only overstate false matches) and otherwise to the bin below (genuine scores, so that it
     * can only overstate false non-matches).
     */
    static DiscreteDistribution of(ScoreDistribution scores, double width, boolean roundUp) {
        double[] mass = new double[(int) Math.ceil(scores.max() / width) + 1];
        double each = 1.0 / scores.size();
        for (double s : scores.scores()) {
            double position = Math.max(0, s) / width;
            mass[(int) (roundUp ? Math.ceil(position) : Math.floor(position))] += each;
        }
        return new DiscreteDistribution(width, mass);
    }

    /** Equal-weight mixture of distributions on the same grid. */
    static DiscreteDistribution mixture(java.util.List<DiscreteDistribution> parts) {
        int bins = 0;
        for (DiscreteDistribution part : parts)
            bins = Math.max(bins, part.mass.length);
        double[] mass = new double[bins];
        for (DiscreteDistribution part : parts)
            for (int k = 0; k < part.mass.length; k++)
                mass[k] += part.mass[k] / parts.size();
        return new DiscreteDistribution(parts.get(0).width, mass);
    }

    /** Distribution of the sum of {@code n} independent draws. */
    DiscreteDistribution sumOf(int n) {
        DiscreteDistribution result = this;
        for (int i = 1; i < n; i++)
            result = result.convolve(this);
        return result;
    }

    /** Distribution of the maximum of {@code n} independent draws: P(max < k) = P(x < k)^n. */
    DiscreteDistribution maxOf(int n) {
        double[] result = new double[mass.length];
        double below = 0;
        double previousPower = 0;
        for (int k = 0; k < mass.length; k++) {
            below += mass[k];
            double power = Math.pow(Math.min(1, below), n);
            result[k] = power - previousPower;
            previousPower = power;
        }
        return new DiscreteDistribution(width, result);
    }

    private DiscreteDistribution convolve(DiscreteDistribution other) {
        double[] result = new double[mass.length + other.mass.length - 1];
        for (int i = 0; i < mass.length; i++) {
            if (mass[i] == 0)
                continue;
            for (int j = 0; j < other.mass.length; j++)
                result[i + j] += mass[i] * other.mass[j];
        }
        return new DiscreteDistribution(width, result);
    }

    /** P(score >= bin k's lower edge), summed from the top so that tiny tails keep their precision. */
    double survivalFromBin(int k) {
        if (k <= 0)
            return 1.0;
        if (k >= mass.length)
            return 0.0;
        if (survival == null) {
            double[] tail = new double[mass.length];
            double sum = 0;
            for (int i = mass.length - 1; i >= 0; i--) {
                sum += mass[i];
                tail[i] = Math.min(1.0, sum);
            }
            survival = tail;
        }
        return survival[k];
    }

    int bins() {
        return mass.length;
    }
}
