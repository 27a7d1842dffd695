package id.ektp.afis.gallery;

/**
 * Finger positions with their ISO/IEC 19794-2 (and ANSI/NIST-ITL) codes: 1 right thumb to 5 right
 * little, 6 left thumb to 10 left little. The e-KTP capture order is right hand first, then left.
 */
public enum FingerPosition {
    RIGHT_THUMB(1),
    RIGHT_INDEX(2),
    RIGHT_MIDDLE(3),
    RIGHT_RING(4),
    RIGHT_LITTLE(5),
    LEFT_THUMB(6),
    LEFT_INDEX(7),
    LEFT_MIDDLE(8),
    LEFT_RING(9),
    LEFT_LITTLE(10);

    private final int isoCode;

    FingerPosition(int isoCode) {
        this.isoCode = isoCode;
    }

    public int isoCode() {
        return isoCode;
    }

    public static FingerPosition ofIsoCode(int code) {
        if (code < 1 || code > 10) {
            throw new IllegalArgumentException("ISO finger position " + code + " is not one of the ten fingers (1..10)");
        }
        return values()[code - 1];
    }
}
