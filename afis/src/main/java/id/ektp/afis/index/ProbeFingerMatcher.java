package id.ektp.afis.index;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.FlatMatcher;
import id.ektp.afis.template.FlatProbe;

/**
 * One probe finger compared with stored fingers of the same position: SourceAFIS's own matcher for issue 5's
 * baseline plan ({@link FastGallery.Plan#WHOLE_LIST}, what the benchmark measures the default against), the
 * flat matcher otherwise, which gives the same score a fifth to a quarter sooner and reads the stored
 * prepared form without building SourceAFIS's objects. Thread-safe: one instance serves every worker.
 */
interface ProbeFingerMatcher {

    double match(StoredFinger stored);

    static ProbeFingerMatcher of(FingerTemplate probe, FastGallery.Plan plan) {
        if (plan == FastGallery.Plan.WHOLE_LIST) {
            FingerprintMatcher matcher = new FingerprintMatcher(probe.sourceAfis());
            return stored -> matcher.match(stored.template().sourceAfis());
        }
        FlatProbe flat = FlatProbe.of(probe);
        return stored -> FlatMatcher.current().match(flat, stored.flat());
    }
}
