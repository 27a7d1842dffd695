package id.ektp.enrollment.signing;

import java.security.interfaces.ECPrivateKey;

/** A Camat's key, unsealed for a batch: the kid that names their certificate, and the private key. */
public record SigningKey(String kid, ECPrivateKey privateKey, String camatName, String kecamatanCode) {

    @Override
    public String toString() {
        return "SigningKey[" + kid + ", " + kecamatanCode + "]";
    }
}
