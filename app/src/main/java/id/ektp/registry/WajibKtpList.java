package id.ektp.registry;

/** The list of residents of a kecamatan who must hold a KTP, which the Dinas hands to the Camat. */
public interface WajibKtpList {

    /** One page of the list (ordered by desa, then name) inside the signed-in officer's region. */
    ResultPage<WajibKtpEntry> forKecamatan(String kecamatanCode, boolean onlyWithoutKtp, int page, int size);
}
