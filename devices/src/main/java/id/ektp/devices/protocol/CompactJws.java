package id.ektp.devices.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * JWS compact serialization (RFC 7515) with ES256 (RFC 7518: ECDSA P-256, SHA-256, signature as the 64-byte R||S),
 * using the JCA alone. The payload is signed as sent, byte for byte, so no JSON canonicalisation is needed.
 */
public final class CompactJws {
    // The JCA's P1363 format is exactly JWS's R||S encoding, so no DER conversion is needed.
    private static final String JCA_ALGORITHM = "SHA256withECDSAinP1363Format";
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

    private final JwsHeader header;
    private final byte[] payload;
    private final String signingInput;
    private final byte[] signature;

    private CompactJws(JwsHeader header, byte[] payload, String signingInput, byte[] signature) {
        this.header = header;
        this.payload = payload;
        this.signingInput = signingInput;
        this.signature = signature;
    }

    /** Signs the payload with the device key; the device certificate travels in the {@code x5c} header. */
    public static String sign(byte[] payload, PrivateKey key, X509Certificate certificate) {
        try {
            JwsHeader header = new JwsHeader(DeviceProtocol.SIGNATURE_ALGORITHM, DeviceProtocol.JWS_TYPE,
                    List.of(Base64.getEncoder().encodeToString(certificate.getEncoded())));
            String signingInput = B64URL.encodeToString(DeviceProtocol.json().writeValueAsBytes(header)) + "."
                    + B64URL.encodeToString(payload);
            Signature signer = Signature.getInstance(JCA_ALGORITHM);
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot sign a capture with the device key", e);
        }
    }

    /** Splits and decodes a compact JWS without trusting anything in it yet. */
    public static CompactJws parse(String compact) {
        if (compact == null) {
            throw new JwsFormatException("No JWS");
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new JwsFormatException("A compact JWS has 3 dot-separated parts, found " + parts.length);
        }
        try {
            JwsHeader header = DeviceProtocol.json().readValue(B64URL_DECODER.decode(parts[0]), JwsHeader.class);
            byte[] payload = B64URL_DECODER.decode(parts[1]);
            byte[] signature = B64URL_DECODER.decode(parts[2]);
            return new CompactJws(header, payload, parts[0] + "." + parts[1], signature);
        } catch (IllegalArgumentException e) {
            throw new JwsFormatException("JWS part is not base64url: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JwsFormatException("JWS header is not valid JSON: " + e.getMessage(), e);
        }
    }

    public JwsHeader header() {
        return header;
    }

    public byte[] payload() {
        return payload.clone();
    }

    /** The first certificate of the {@code x5c} header: the one whose key signed. */
    public X509Certificate signerCertificate() {
        if (header.x5c() == null || header.x5c().isEmpty()) {
            throw new JwsFormatException("JWS header carries no x5c certificate");
        }
        try {
            byte[] der = Base64.getDecoder().decode(header.x5c().get(0));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new JwsFormatException("x5c certificate is unreadable: " + e.getMessage(), e);
        }
    }

    /** True only for an ES256 signature by the given key over exactly this header and payload. */
    public boolean verify(PublicKey key) {
        if (!DeviceProtocol.SIGNATURE_ALGORITHM.equals(header.alg()) || signature.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(JCA_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
