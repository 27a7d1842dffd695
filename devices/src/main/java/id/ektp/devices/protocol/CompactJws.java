package id.ektp.devices.protocol;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.List;

/**
 * A signed capture on the wire: a JWS in compact serialization (RFC 7515) with ES256 and the protected
 * header {@code alg}, {@code typ} ({@value DeviceProtocol#JWS_TYPE}) and {@code x5c} (the device
 * certificate). Nimbus JOSE+JWT does the encoding, signing and checking; this class only fixes the
 * protocol's choices, so that the simulator and the client cannot drift apart. The payload is signed as
 * sent, byte for byte, so no JSON canonicalisation is needed.
 */
public final class CompactJws {
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.parse(DeviceProtocol.SIGNATURE_ALGORITHM);

    private final JWSObject jws;

    private CompactJws(JWSObject jws) {
        this.jws = jws;
    }

    /** Signs the payload with the device key; the device certificate travels in the {@code x5c} header. */
    public static String sign(byte[] payload, PrivateKey key, X509Certificate certificate) {
        try {
            JWSHeader header = new JWSHeader.Builder(ALGORITHM)
                    .type(new JOSEObjectType(DeviceProtocol.JWS_TYPE))
                    .x509CertChain(List.of(Base64.encode(certificate.getEncoded())))
                    .build();
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(new ECDSASigner((ECPrivateKey) key));
            return jws.serialize();
        } catch (JOSEException | CertificateEncodingException | ClassCastException e) {
            throw new IllegalStateException("Cannot sign a capture with the device key", e);
        }
    }

    /** Splits and decodes a compact JWS without trusting anything in it yet. */
    public static CompactJws parse(String compact) {
        if (compact == null) {
            throw new JwsFormatException("No JWS");
        }
        try {
            return new CompactJws(JWSObject.parse(compact));
        } catch (ParseException e) {
            throw new JwsFormatException("A compact JWS has 3 dot-separated base64url parts (header.payload.signature): "
                    + e.getMessage(), e);
        }
    }

    /** The protected header as sent. */
    public JWSHeader header() {
        return jws.getHeader();
    }

    public byte[] payload() {
        return jws.getPayload().toBytes();
    }

    /** The first certificate of the {@code x5c} header: the one whose key signed. */
    public X509Certificate signerCertificate() {
        List<Base64> chain = jws.getHeader().getX509CertChain();
        if (chain == null || chain.isEmpty()) {
            throw new JwsFormatException("JWS header carries no x5c certificate");
        }
        X509Certificate certificate = X509CertUtils.parse(chain.get(0).decode());
        if (certificate == null) {
            throw new JwsFormatException("x5c certificate is unreadable");
        }
        return certificate;
    }

    /** True only for an ES256 signature by the given key over exactly this header and payload. */
    public boolean verify(PublicKey key) {
        if (!ALGORITHM.equals(jws.getHeader().getAlgorithm()) || !(key instanceof ECPublicKey ecKey)) {
            return false;
        }
        try {
            return jws.verify(new ECDSAVerifier(ecKey));
        } catch (JOSEException e) {
            return false;
        }
    }
}
