package id.ektp.afis.evaluation;

import java.util.Arrays;

/**
 * Comparison scores of one kind (genuine or impostor), kept sorted so that error rates at any threshold
 * are a binary search away. The FVC2002 evaluation and the synthetic image report both read their
 * scores through it.
 */
public final class ScoreDistribution {
    private final double[] sorted;

    public ScoreDistribution(double[] scores) {
        if (scores.length == 0)
            throw new IllegalArgumentException("A score distribution needs at least one score");
        sorted = scores.clone();
        Arrays.sort(sorted);
    }

    public int size() {
        return sorted.length;
    }

    /** Fraction of scores at or above the threshold (accepted comparisons). */
    public double fractionAtOrAbove(double threshold) {
        return (double) countAtOrAbove(threshold) / sorted.length;
    }

    /** Fraction of scores strictly below the threshold (rejected comparisons). */
    public double fractionBelow(double threshold) {
        return 1.0 - fractionAtOrAbove(threshold);
    }

    /** The empirical CDF: fraction of scores at or below {@code x}. */
    public double cdf(double x) {
        return 1.0 - fractionAtOrAbove(Math.nextUp(x));
    }

    public int countAtOrAbove(double threshold) {
        return sorted.length - firstIndexAtOrAbove(threshold);
    }

    /** The k-th highest score, 0-based (k = 0 is the maximum). */
    public double highest(int k) {
        return sorted[sorted.length - 1 - k];
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public double mean() {
        double sum = 0;
        for (double s : sorted)
            sum += s;
        return sum / sorted.length;
    }

    public double quantile(double q) {
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
        return sorted[index];
    }

    /** Sorted copy of the scores. */
    public double[] scores() {
        return sorted.clone();
    }

    /** Two-sample Kolmogorov-Smirnov distance: the largest gap between the two empirical CDFs. */
    public double ksDistance(ScoreDistribution other) {
        double[] a = sorted;
        double[] b = other.sorted;
        int i = 0;
        int j = 0;
        double distance = 0;
        while (i < a.length && j < b.length) {
            double value = Math.min(a[i], b[j]);
            while (i < a.length && a[i] <= value)
                i++;
            while (j < b.length && b[j] <= value)
                j++;
            distance = Math.max(distance, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return distance;
    }

    private int firstIndexAtOrAbove(double threshold) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < threshold)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}
