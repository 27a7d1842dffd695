package id.ektp.accounts.officers;

/** The three kinds of office an officer works in. */
public enum OfficeKind {
    /** A kecamatan service point: registration, capture, pick-up. */
    KECAMATAN_SERVICE_POINT,
    /** The Dinas Dukcapil of a kabupaten/kota: personalisation and printing. */
    DINAS,
    /** The central data centre (Ditjen Dukcapil): AFIS, adjudication, administration. */
    DATA_CENTRE
}
