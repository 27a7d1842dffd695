package id.ektp.afis.gallery;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.template.FingerTemplate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A probe prepared for many comparisons: one SourceAFIS matcher per probe finger, built once per
 * search (building it indexes the probe's minutia edges). SourceAFIS matchers keep their scratch state
 * per thread, so one instance serves all worker threads of a search.
 */
final class ProbeMatcher {

    private final EnumMap<FingerPosition, FingerprintMatcher> matchers = new EnumMap<>(FingerPosition.class);

    ProbeMatcher(TenPrint probe) {
        probe.fingers().forEach((position, template) -> matchers.put(position, new FingerprintMatcher(template.sourceAfis())));
    }

    /** Scores of the fingers present in both the probe and the record, by position. */
    Map<FingerPosition, Double> scores(TenPrint record) {
        EnumMap<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        for (Map.Entry<FingerPosition, FingerprintMatcher> entry : matchers.entrySet()) {
            FingerTemplate candidate = record.fingers().get(entry.getKey());
            if (candidate != null) {
                scores.put(entry.getKey(), entry.getValue().match(candidate.sourceAfis()));
            }
        }
        return scores;
    }
}
