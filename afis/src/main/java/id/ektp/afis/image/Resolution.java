package id.ektp.afis.image;

import id.ektp.afis.AfisException;

/**
 * The stated scan resolution of a fingerprint image in dots per inch. SourceAFIS measures ridge
 * distances in pixels scaled by this value, so a wrong resolution silently ruins matching; hence the
 * range check: 250 DPI is below what any AFIS-grade sensor delivers and above 1000 DPI the image is a
 * latent or a scan that needs down-sampling first.
 */
public record Resolution(double dpi) {

    public static final double MIN_DPI = 250;
    public static final double MAX_DPI = 1000;

    /** The resolution of the FBI Appendix F / PIV sensors the enrolment devices use. */
    public static final Resolution DPI_500 = new Resolution(500);

    public Resolution {
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new AfisException(AfisException.Reason.RESOLUTION_OUT_OF_RANGE,
                    "resolution " + dpi + " DPI is outside " + (int) MIN_DPI + ".." + (int) MAX_DPI + " DPI");
        }
    }

    public static Resolution dpi(double dpi) {
        return new Resolution(dpi);
    }
}
