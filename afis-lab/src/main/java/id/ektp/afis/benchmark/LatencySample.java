package id.ektp.afis.benchmark;

import java.util.Arrays;

/** Identify latencies of one probe kind at one gallery size, in milliseconds. */
record LatencySample(double[] millis) {
    double percentile(double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        // Nearest-rank percentile: with 20 probes p95 is the 19th, not an interpolation.
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    int count() {
        return millis.length;
    }
}
