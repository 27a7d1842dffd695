package id.ektp.registry;

/** Status perkawinan. */
public enum MaritalStatus {
    BELUM_KAWIN,
    KAWIN,
    CERAI_HIDUP,
    CERAI_MATI;

    /** Married now or ever married: such a resident must hold a KTP whatever their age. */
    public boolean everMarried() {
        return this != BELUM_KAWIN;
    }
}
