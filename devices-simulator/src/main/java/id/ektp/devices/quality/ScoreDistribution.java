package id.ektp.devices.quality;

import java.util.Arrays;

/** A sorted sample of comparison scores, with the statistics the report needs. */
final class ScoreDistribution {
    private final double[] sorted;

    ScoreDistribution(double[] scores) {
        this.sorted = scores.clone();
        Arrays.sort(this.sorted);
    }

    int size() {
        return sorted.length;
    }

    double[] sorted() {
        return sorted.clone();
    }

    double quantile(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
        return sorted[i];
    }

    double mean() {
        return Arrays.stream(sorted).average().orElse(Double.NaN);
    }

    /** Share of scores at or above a threshold (match rate for genuine pairs, false match rate for impostors). */
    double shareAtOrAbove(double threshold) {
        int below = lowerBound(threshold);
        return sorted.length == 0 ? Double.NaN : (sorted.length - below) / (double) sorted.length;
    }

    /** Empirical CDF: share of scores at or below x. */
    double cdf(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo / (double) sorted.length;
    }

    /** The two-sample Kolmogorov-Smirnov distance: the largest gap between the two empirical CDFs. */
    double ksDistance(ScoreDistribution other) {
        double d = 0;
        for (double x : sorted) {
            d = Math.max(d, Math.abs(cdf(x) - other.cdf(x)));
        }
        for (double x : other.sorted) {
            d = Math.max(d, Math.abs(cdf(x) - other.cdf(x)));
        }
        return d;
    }

    private int lowerBound(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
