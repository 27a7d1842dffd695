package id.ektp.registry;

/** Status hubungan dalam keluarga, as on the family card (KK). */
public enum FamilyRelation {
    KEPALA_KELUARGA,
    SUAMI,
    ISTRI,
    ANAK,
    MENANTU,
    CUCU,
    ORANG_TUA,
    MERTUA,
    FAMILI_LAIN,
    PEMBANTU,
    LAINNYA
}
