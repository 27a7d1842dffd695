package id.ektp.accounts;

/** The officer roles of the e-KTP service (seed 004), each scoped to a region. */
public enum Role {
    /** Petugas Pelayanan: receives applications and documents, hands cards over. */
    SERVICE_OFFICER,
    /** Petugas Operator: captures photo, signature, fingerprints and irises. */
    OPERATOR,
    /** Camat: head of a kecamatan, signs summons letters. */
    CAMAT,
    /** Administrator Dinas: personalises and prints cards for a kabupaten/kota. */
    DINAS_ADMIN,
    /** Operator Kecamatan/Kelurahan: receives printed cards, verifies 1:1, marks them "berhasil". */
    KECAMATAN_OPERATOR,
    /** Petugas Data Center: reads 1:N results, releases print-ready records. */
    DATA_CENTRE_OFFICER,
    /** Ajudikator: decides the unclear cases of the 1:N uniqueness check. */
    ADJUDICATOR,
    /** Administrator sistem: manages officers, offices and reference data. */
    SYSTEM_ADMIN
}
