package id.ektp.afis.template;

import com.machinezoo.fingerprintio.TemplateFormatException;
import com.machinezoo.fingerprintio.ansi378v2004.Ansi378v2004Template;
import com.machinezoo.fingerprintio.ansi378v2009.Ansi378v2009Template;
import com.machinezoo.fingerprintio.ansi378v2009am1.Ansi378v2009Am1Template;
import com.machinezoo.fingerprintio.iso19794p2v2005.Iso19794p2v2005Template;
import com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011Template;
import com.machinezoo.fingerprintio.utils.TemplateEofException;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plausibility checks an interchange record must pass before SourceAFIS imports it. SourceAFIS
 * parses leniently (it must read other vendors' slightly-off records) and drops what it does not use:
 * a zero or absurd resolution, an unknown finger position, a quality of 250, a reserved minutia type
 * (which then surfaced as a NullPointerException), minutiae outside the image, the same minutia 255
 * times. Each is named here with its own reason; the record is then parsed strictly by fingerprintio as
 * a last gate, so that nothing the standard forbids gets through unnamed.
 *
 * <p>Resolution: the records state pixels per centimetre; 98 to 394 is the range of
 * {@link id.ektp.afis.image.Resolution} (250 to 1000 DPI) in whole pixels per centimetre. Image size:
 * the same two-inch side as {@link id.ektp.afis.image.CaptureSize}, at the record's resolution.
 */
final class RecordCheck {

    static final int MIN_PIXELS_PER_CM = 98;
    static final int MAX_PIXELS_PER_CM = 394;
    static final double MAX_INCHES = id.ektp.afis.image.CaptureSize.MAX_INCHES;

    /** One finger view as the checks see it, whatever the format. */
    record View(int width, int height, int resolutionX, int resolutionY, boolean positionKnown, int quality,
                List<Point> minutiae) {
    }

    /** A minutia; {@code typeKnown} is false for a reserved type code. */
    record Point(boolean typeKnown, int x, int y, int angle, int quality) {
    }

    private RecordCheck() {
    }

    static void check(byte[] record, TemplateFormat format) {
        List<View> views = views(record, format);
        // The 2009 and 2011 editions code "not reported" as 254 and "could not be computed" as 255.
        int maxCode = format == TemplateFormat.ISO_19794_2_2005 || format == TemplateFormat.ANSI_378_2004 ? 100 : 255;
        for (int i = 0; i < views.size(); i++) {
            check(views.get(i), format + " finger view " + (i + 1), maxCode);
        }
        strict(record, format);
    }

    private static boolean qualityOk(int quality, int maxCode) {
        return quality >= 0 && (quality <= 100 || quality >= 254 && quality <= maxCode);
    }

    private static void check(View view, String where, int maxCode) {
        if (view.resolutionX() < MIN_PIXELS_PER_CM || view.resolutionX() > MAX_PIXELS_PER_CM
                || view.resolutionY() < MIN_PIXELS_PER_CM || view.resolutionY() > MAX_PIXELS_PER_CM) {
            throw new AfisException(Reason.RESOLUTION_OUT_OF_RANGE, where + " states " + view.resolutionX() + "x"
                    + view.resolutionY() + " pixels/cm; fingerprint sensors deliver " + MIN_PIXELS_PER_CM + " to "
                    + MAX_PIXELS_PER_CM + " (250 to 1000 DPI)");
        }
        long maxWidth = Math.round(MAX_INCHES * 2.54 * view.resolutionX());
        long maxHeight = Math.round(MAX_INCHES * 2.54 * view.resolutionY());
        if (view.width() <= 0 || view.height() <= 0 || view.width() > maxWidth || view.height() > maxHeight) {
            throw new AfisException(Reason.BAD_IMAGE_SIZE, where + " states a " + view.width() + "x" + view.height()
                    + " image; at its resolution a finger is at most " + maxWidth + "x" + maxHeight + " pixels");
        }
        if (!view.positionKnown()) {
            throw new AfisException(Reason.UNKNOWN_FINGER_POSITION, where + " has a finger position code the standard does not define");
        }
        if (!qualityOk(view.quality(), maxCode)) {
            throw new AfisException(Reason.QUALITY_OUT_OF_RANGE, where + " has quality " + view.quality() + ", outside 0-100");
        }
        Set<Long> seen = new HashSet<>();
        for (int m = 0; m < view.minutiae().size(); m++) {
            Point p = view.minutiae().get(m);
            String minutia = where + " minutia " + (m + 1);
            if (!p.typeKnown()) {
                throw new AfisException(Reason.UNKNOWN_MINUTIA_TYPE, minutia + " has a reserved type code");
            }
            if (p.x() < 0 || p.y() < 0 || p.x() >= view.width() || p.y() >= view.height()) {
                throw new AfisException(Reason.MINUTIA_OUTSIDE_IMAGE, minutia + " at (" + p.x() + ", " + p.y()
                        + ") is outside the " + view.width() + "x" + view.height() + " image");
            }
            if (p.quality() != -1 && !qualityOk(p.quality(), maxCode)) {
                throw new AfisException(Reason.QUALITY_OUT_OF_RANGE, minutia + " has quality " + p.quality() + ", outside 0-100");
            }
            if (!seen.add(((long) p.x() << 40) | ((long) p.y() << 20) | p.angle())) {
                throw new AfisException(Reason.DUPLICATE_MINUTIAE, minutia + " repeats an earlier one at (" + p.x() + ", " + p.y() + ")");
            }
        }
    }

    /** A lenient parse that keeps what a strict one would refuse, so that the checks can name it. */
    // fingerprintio deprecates its (bytes, strict) constructors in favour of exceptions on every flaw;
    // the lenient parse is exactly what the checks need, so the deprecation is accepted here.
    @SuppressWarnings("deprecation")
    private static List<View> views(byte[] record, TemplateFormat format) {
        try {
            return switch (format) {
                case ISO_19794_2_2005 -> {
                    Iso19794p2v2005Template t = new Iso19794p2v2005Template(record, false);
                    yield t.fingerprints.stream().map(f -> new View(t.width, t.height, t.resolutionX, t.resolutionY,
                            f.position != null, f.quality, f.minutiae.stream()
                            .map(m -> new Point(m.type != null, m.positionX, m.positionY, m.angle, m.quality)).toList())).toList();
                }
                case ANSI_378_2004 -> {
                    Ansi378v2004Template t = new Ansi378v2004Template(record, false);
                    yield t.fingerprints.stream().map(f -> new View(t.width, t.height, t.resolutionX, t.resolutionY,
                            f.position != null, f.quality, f.minutiae.stream()
                            .map(m -> new Point(m.type != null, m.positionX, m.positionY, m.angle, m.quality)).toList())).toList();
                }
                case ANSI_378_2009 -> new Ansi378v2009Template(record, false).fingerprints.stream()
                        .map(f -> new View(f.width, f.height, f.resolutionX, f.resolutionY, f.position != null, f.quality,
                                f.minutiae.stream().map(m -> new Point(m.type != null, m.positionX, m.positionY, m.angle, m.quality))
                                        .toList())).toList();
                case ANSI_378_2009_AM1 -> new Ansi378v2009Am1Template(record, false).fingerprints.stream()
                        .map(f -> new View(f.width, f.height, f.resolutionX, f.resolutionY, f.position != null, f.quality,
                                f.minutiae.stream().map(m -> new Point(m.type != null, m.positionX, m.positionY, m.angle, m.quality))
                                        .toList())).toList();
                case ISO_19794_2_2011 -> new Iso19794p2v2011Template(record, false).fingerprints.stream()
                        .map(f -> new View(f.width, f.height, f.resolutionX, f.resolutionY, f.position != null, 0,
                                f.minutiae.stream().map(m -> new Point(m.type != null, m.positionX, m.positionY, m.angle, m.quality))
                                        .toList())).toList();
            };
        } catch (TemplateEofException e) {
            throw new AfisException(Reason.TRUNCATED_TEMPLATE, format + " record ends inside a field: " + e.getMessage(), e);
        } catch (TemplateFormatException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, format + " record is invalid: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, format + " record cannot be read: " + e, e);
        }
    }

    @SuppressWarnings("deprecation") // the strict flag of the same constructors, see views()
    private static void strict(byte[] record, TemplateFormat format) {
        try {
            switch (format) {
                case ISO_19794_2_2005 -> new Iso19794p2v2005Template(record, true);
                case ANSI_378_2004 -> new Ansi378v2004Template(record, true);
                case ANSI_378_2009 -> new Ansi378v2009Template(record, true);
                case ANSI_378_2009_AM1 -> new Ansi378v2009Am1Template(record, true);
                case ISO_19794_2_2011 -> new Iso19794p2v2011Template(record, true);
            }
        } catch (TemplateFormatException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, format + " record breaks the standard: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, format + " record cannot be read: " + e, e);
        }
    }
}
