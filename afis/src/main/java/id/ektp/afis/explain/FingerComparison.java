package id.ektp.afis.explain;

import java.util.List;

/** One finger against another: SourceAFIS's score and the minutiae it paired to reach it. */
public record FingerComparison(double score, List<PairedMinutia> pairs) {

    public FingerComparison {
        pairs = List.copyOf(pairs);
    }
}
