package id.ektp.enrollment.signing;

import id.ektp.accounts.Officer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each Camat's signing key: made on their first signature, certified by the {@link SigningAuthority},
 * the private key kept sealed in {@code camat_key}. The {@code kid} of a summons QR is the certificate's
 * serial number in hex, so a verifier finds the certificate from the QR alone.
 */
@Service
public class CamatKeys {

    private final JdbcClient jdbc;
    private final SigningAuthority authority;

    CamatKeys(JdbcClient jdbc, SigningAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** The kid of the Camat's key, made and certified now if they have none. */
    @Transactional
    public String ensureKey(Officer camat) {
        Optional<String> existing = jdbc.sql("SELECT kid FROM camat_key WHERE camat_username = ? AND kecamatan_code = ?")
                .params(camat.username(), camat.regionCode()).query(String.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            KeyPair pair = SigningAuthority.newKeyPair();
            X509Certificate certificate = authority.issue(pair.getPublic(), camat.fullName(), camat.regionCode());
            String kid = certificate.getSerialNumber().toString(16);
            jdbc.sql("""
                    INSERT INTO camat_key (kid, camat_username, camat_name, kecamatan_code, certificate, private_key_sealed)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(kid, camat.username(), camat.fullName(), camat.regionCode(), certificate.getEncoded(),
                            authority.seal(pair.getPrivate().getEncoded()))
                    .update();
            return kid;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no signing key could be made for Camat " + camat.username(), e);
        }
    }

    /** The Camat's key unsealed, for the background batch that signs their letters. */
    public SigningKey unseal(String kid) {
        return jdbc.sql("SELECT kid, private_key_sealed, camat_name, kecamatan_code FROM camat_key WHERE kid = ?").param(kid)
                .query((rs, n) -> {
                    try {
                        byte[] pkcs8 = authority.unseal(rs.getBytes(2));
                        ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                        return new SigningKey(rs.getString(1), key, rs.getString(3), rs.getString(4));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("the sealed key " + kid + " cannot be opened with this platform's key-encryption key", e);
                    }
                })
                .single();
    }

    /** The certificate a kid names, with the kecamatan it was issued for; empty when this platform never issued it. */
    Optional<CamatCertificate> certificate(String kid) {
        return jdbc.sql("SELECT certificate, kecamatan_code FROM camat_key WHERE kid = ?").param(kid)
                .query((rs, n) -> {
                    try {
                        return new CamatCertificate(SigningAuthority.readCertificate(rs.getBytes(1)), rs.getString(2));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("stored certificate " + kid + " is unreadable", e);
                    }
                })
                .optional();
    }

    record CamatCertificate(X509Certificate certificate, String kecamatanCode) {
    }
}
