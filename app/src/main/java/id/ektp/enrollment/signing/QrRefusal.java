package id.ektp.enrollment.signing;

/** Why a scanned summons QR is refused; each has a message in the bundles under {@code problem.summons.<name>}. */
public enum QrRefusal {
    /** Not a compact JWS at all (a typo, another QR). */
    MALFORMED("is not the QR of a summons letter"),
    /** Signed under a kid this platform never issued a certificate for. */
    UNKNOWN_SIGNER("is signed with a key this platform never certified"),
    /** The certificate does not chain to the platform's signing CA, or has expired. */
    CERTIFICATE_INVALID("is signed with a certificate the platform's signing CA does not vouch for"),
    /** The signature does not verify with the Camat's certificate: the content was altered, or another key signed it. */
    BAD_SIGNATURE("has a signature that does not verify with the Camat's certificate: it was altered or forged"),
    /** Past its expiry: the campaign's service days are over. */
    EXPIRED("has expired: the campaign's service days are over"),
    /** Issued for another kecamatan than the service point's. */
    OTHER_KECAMATAN("belongs to another kecamatan");

    private final String reason;

    QrRefusal(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String messageCode() {
        return "problem.summons." + name();
    }
}
