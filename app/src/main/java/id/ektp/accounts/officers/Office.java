package id.ektp.accounts.officers;

/** An office, placed in the region it serves (a kecamatan, a kabupaten/kota, or '' for central). */
public record Office(String code, String name, OfficeKind kind, String regionCode) {
}
