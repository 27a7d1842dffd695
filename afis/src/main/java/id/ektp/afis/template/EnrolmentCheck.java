package id.ektp.afis.template;

import com.machinezoo.sourceafis.FingerprintTemplate;
import com.machinezoo.sourceafis.engine.features.SearchMinutia;
import com.machinezoo.sourceafis.engine.templates.SearchTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.Arrays;

/**
 * What a finger template must be to enter a gallery, whatever path it came by (extraction, an ISO or
 * ANSI import, a stored or serialized template): a positive image size, every minutia inside it, no
 * minutia twice, and at least {@link #MIN_MINUTIAE}.
 *
 * <p>Why 12: below that a template is a fingertip, a smudge or a blank platen (SourceAFIS finds 0 to a
 * handful there), and such a template matches by chance far more often than a full print: with few
 * minutiae SourceAFIS's score rests on one or two pairings. Twelve is also the point count long used in
 * court for a latent identification, and every FVC2002 image that the evaluation enrols yields more.
 */
public final class EnrolmentCheck {

    public static final int MIN_MINUTIAE = 12;

    private static final MethodHandle INNER;

    static {
        try {
            Field inner = FingerprintTemplate.class.getDeclaredField("inner");
            inner.setAccessible(true);
            INNER = MethodHandles.lookup().unreflectGetter(inner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("this SourceAFIS version has no FingerprintTemplate.inner (built for 3.18): " + e);
        }
    }

    private EnrolmentCheck() {
    }

    /**
     * @throws AfisException {@code BAD_IMAGE_SIZE}, {@code MINUTIA_OUTSIDE_IMAGE}, {@code DUPLICATE_MINUTIAE} or
     *                       {@code TOO_FEW_MINUTIAE} naming the first problem found
     */
    public static void enrollable(FingerTemplate template) {
        SearchTemplate search = search(template.sourceAfis());
        int width = search.width;
        int height = search.height;
        if (width <= 0 || height <= 0) {
            throw new AfisException(Reason.BAD_IMAGE_SIZE, "template states a " + width + "x" + height + " image");
        }
        SearchMinutia[] minutiae = search.minutiae;
        // Sorted keys rather than a hash set: a gallery reload runs this for every stored finger.
        long[] keys = new long[minutiae.length];
        for (int i = 0; i < minutiae.length; i++) {
            SearchMinutia m = minutiae[i];
            if (m.x < 0 || m.y < 0 || m.x >= width || m.y >= height) {
                throw new AfisException(Reason.MINUTIA_OUTSIDE_IMAGE, "a minutia at (" + m.x + ", " + m.y
                        + ") is outside the template's " + width + "x" + height + " image");
            }
            keys[i] = ((long) m.x << 48) | ((long) m.y << 32) | (Float.floatToIntBits(m.direction) & 0xffffffffL);
        }
        Arrays.sort(keys);
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] == keys[i - 1]) {
                throw new AfisException(Reason.DUPLICATE_MINUTIAE, "the minutia at (" + (keys[i] >>> 48) + ", "
                        + ((keys[i] >>> 32) & 0xffff) + ") appears twice");
            }
        }
        if (minutiae.length < MIN_MINUTIAE) {
            throw new AfisException(Reason.TOO_FEW_MINUTIAE, "template has " + minutiae.length
                    + " minutiae; at least " + MIN_MINUTIAE + " are needed to tell one finger from another");
        }
    }

    private static SearchTemplate search(FingerprintTemplate template) {
        try {
            return (SearchTemplate) INNER.invoke(template);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read SourceAFIS's search template: " + e, e);
        }
    }
}
