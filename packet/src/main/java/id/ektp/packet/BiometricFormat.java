package id.ektp.packet;

/** How a biometric item's bytes are encoded. */
public enum BiometricFormat {
    /** Finger minutiae, ISO/IEC 19794-2:2005. */
    ISO_19794_2_2005,
    /** Finger minutiae, ANSI INCITS 378-2004. */
    ANSI_378_2004,
    /** A finger image, WSQ-compressed (500 dpi). */
    WSQ,
    /** A finger or face image, lossless PNG. */
    PNG,
    /** A face or signature image, JPEG. */
    JPEG
}
