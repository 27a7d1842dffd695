package id.ektp.enrollment.application;

/** A document a regular applicant brings (seed 002); the officer marks each one seen. */
public enum Document {
    /** Surat pengantar from the RT/RW or the desa/kelurahan. */
    COVER_LETTER,
    /** The application form (formulir permohonan). */
    APPLICATION_FORM,
    /** A copy of the family card (KK). */
    KK_COPY,
    /** The old KTP. */
    OLD_KTP,
    /** The police report of a lost card (surat keterangan hilang). */
    POLICE_REPORT,
    /** The damaged card, handed in. */
    DAMAGED_CARD,
    /** The moving certificate (surat keterangan pindah). */
    MOVING_CERTIFICATE,
    /** A foreigner's travel document (passport). */
    TRAVEL_DOCUMENT,
    /** A foreigner's permanent stay permit. */
    ITAP
}
