package id.ektp.packet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The PEM text of the certificates that travel when a station is registered (its certificate, central's
 * encryption certificate, the station CA's) and that the station keeps, the form {@code openssl} reads.
 */
public final class Pem {

    private Pem() {
    }

    public static String of(Object certificateOrKey) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(certificateOrKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The one certificate in {@code pem}; refuses anything else. */
    public static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("not a PEM certificate", e);
        }
    }
}
