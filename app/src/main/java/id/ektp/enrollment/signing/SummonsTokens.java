package id.ektp.enrollment.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The summons QR: a compact JWS (RFC 7515, ES256) whose claims are the summons ID ({@code sub}), the
 * kecamatan ({@code kec}) and the expiry ({@code exp}), with a {@code kid} naming the Camat's
 * certificate. A standard format, so any JOSE library with the CA certificate can check a letter.
 */
@Component
public class SummonsTokens {

    static final JOSEObjectType TYPE = new JOSEObjectType("summons+jwt");
    static final String KECAMATAN = "kec";

    private final CamatKeys keys;
    private final SigningAuthority authority;

    SummonsTokens(CamatKeys keys, SigningAuthority authority) {
        this.keys = keys;
        this.authority = authority;
    }

    /** What a verified QR says. */
    public record VerifiedSummons(UUID summonsId, String kecamatanCode, Instant expiry, String kid) {
    }

    public String sign(SigningKey key, UUID summonsId, Instant expiry) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.kid()).type(TYPE).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(summonsId.toString())
                .claim(KECAMATAN, key.kecamatanCode())
                .expirationTime(Date.from(expiry))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("summons " + summonsId + " cannot be signed", e);
        }
        return jwt.serialize();
    }

    /**
     * Checks a scanned QR for a service point of {@code kecamatanCode}, in this order: it parses, its
     * kid names a certificate of ours, the CA vouches for that certificate, the signature verifies,
     * the claims match the certificate's kecamatan, it has not expired, and it is of this kecamatan.
     *
     * @throws QrRefusedException with the first reason that fails
     */
    public VerifiedSummons verify(String qrText, String kecamatanCode, Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        UUID summonsId;
        try {
            jwt = SignedJWT.parse(qrText == null ? "" : qrText.trim());
            claims = jwt.getJWTClaimsSet();
            summonsId = UUID.fromString(String.valueOf(claims.getSubject()));
        } catch (ParseException | IllegalArgumentException e) {
            throw new QrRefusedException(QrRefusal.MALFORMED, null);
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
            throw new QrRefusedException(QrRefusal.MALFORMED, null);
        }
        CamatKeys.CamatCertificate certificate = keys.certificate(jwt.getHeader().getKeyID())
                .orElseThrow(() -> new QrRefusedException(QrRefusal.UNKNOWN_SIGNER, null));
        if (!authority.vouchesFor(certificate.certificate(), now)) {
            throw new QrRefusedException(QrRefusal.CERTIFICATE_INVALID, null);
        }
        try {
            if (!jwt.verify(new ECDSAVerifier((ECPublicKey) certificate.certificate().getPublicKey()))) {
                throw new QrRefusedException(QrRefusal.BAD_SIGNATURE, null);
            }
        } catch (JOSEException e) {
            throw new QrRefusedException(QrRefusal.BAD_SIGNATURE, null);
        }
        Object kecamatan = claims.getClaim(KECAMATAN);
        Date expiry = claims.getExpirationTime();
        // A Camat signs for their own kecamatan only: a claim naming another one is not theirs to make.
        if (!certificate.kecamatanCode().equals(kecamatan) || expiry == null) {
            throw new QrRefusedException(QrRefusal.BAD_SIGNATURE, null);
        }
        if (!now.isBefore(expiry.toInstant())) {
            throw new QrRefusedException(QrRefusal.EXPIRED, certificate.kecamatanCode());
        }
        if (!certificate.kecamatanCode().equals(kecamatanCode)) {
            throw new QrRefusedException(QrRefusal.OTHER_KECAMATAN, certificate.kecamatanCode());
        }
        return new VerifiedSummons(summonsId, certificate.kecamatanCode(), expiry.toInstant(), jwt.getHeader().getKeyID());
    }
}
