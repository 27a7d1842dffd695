package id.ektp.afis.template;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.engine.matcher.Probe;
import com.machinezoo.sourceafis.engine.templates.SearchTemplate;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;

/**
 * Builds SourceAFIS's {@link FingerprintMatcher} for a probe finger, the same matcher as
 * {@code new FingerprintMatcher(template)} (same edge hash: the same lists, in the same order, under
 * the same keys), about a third of the time.
 *
 * <p>Why: a matcher indexes every ordered pair of the probe's minutiae under each (length, angle,
 * angle) bin its tolerance reaches. SourceAFIS 3.18 collects those bins as boxed integers and inserts
 * them into a general hash map of lists: on a synthetic finger of 50 minutiae some 55,000 insertions
 * into 18,000 bins, 5-8 ms a matcher, 50-80 ms for a ten-print, a fifth of a fast search's CPU at
 * 100,000 persons (README, "Issue 16"). {@link CompactEdgeHash} lays the same bins out flat in two
 * passes, about 2 ms (3.3-3.5x, measured on 1,000 synthetic fingers).
 *
 * <p>The matcher's only state is its {@code Probe} (template and hash); it is set through reflection,
 * checked when this class loads, like {@link PreparedTemplate}'s. That the hash is SourceAFIS's own,
 * key for key and list for list, and the scores identical, is tested ({@code ProbeMatchersTest}).
 */
public final class ProbeMatchers {

    private static final MethodHandle SET_PROBE;

    static {
        try {
            Field probe = FingerprintMatcher.class.getDeclaredField("probe");
            probe.setAccessible(true);
            SET_PROBE = MethodHandles.lookup().unreflectSetter(probe);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("this SourceAFIS version does not have the matcher layout "
                    + "ProbeMatchers needs (built for 3.18): " + e);
        }
    }

    private ProbeMatchers() {
    }

    /** The matcher SourceAFIS would build for this probe finger. */
    // the empty constructor is deprecated in favour of the one that builds the hash, which is what this replaces
    @SuppressWarnings("deprecation")
    public static FingerprintMatcher of(FingerTemplate probe) {
        SearchTemplate search = PreparedTemplate.search(probe.sourceAfis());
        FingerprintMatcher matcher = new FingerprintMatcher();
        try {
            SET_PROBE.invoke(matcher, new Probe(search, new CompactEdgeHash(search.minutiae)));
        } catch (Throwable e) {
            throw new IllegalStateException("cannot set SourceAFIS's matcher probe: " + e, e);
        }
        return matcher;
    }
}
