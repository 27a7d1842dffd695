package id.ektp.registry;

/** Jenis kelamin. */
public enum Sex {
    LAKI_LAKI,
    PEREMPUAN
}
