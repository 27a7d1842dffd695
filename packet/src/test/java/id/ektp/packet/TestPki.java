package id.ektp.packet;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/** Keys and certificates as a test deployment has them: a station CA, a station (EC P-256) and central (RSA). */
final class TestPki {

    record Party(KeyPair keys, X509Certificate certificate) {
        PrivateKey key() {
            return keys.getPrivate();
        }
    }

    private static final AtomicLong SERIAL = new AtomicLong(1);

    final Party stationCa = issue("CN=Station CA,O=Dukcapil", ec(), null, true, Duration.ofDays(365));
    final Party station = issue("CN=Station 32.73.01-01,O=Dukcapil", ec(), stationCa, false, Duration.ofDays(30));
    final Party central = issue("CN=Central intake,O=Dukcapil", rsa(), null, false, Duration.ofDays(365));

    static KeyPair ec() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate for {@code keys}, issued by {@code issuer} (self-signed when null). */
    static Party issue(String subject, KeyPair keys, Party issuer, boolean ca, Duration validity) {
        try {
            Instant now = Instant.now();
            X500Name issuerName = issuer == null ? new X500Name(subject)
                    : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
            PublicKey publicKey = keys.getPublic();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(SERIAL.getAndIncrement()), Date.from(now.minusSeconds(60)), Date.from(now.plus(validity)),
                    new X500Name(subject), publicKey);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            PrivateKey signingKey = issuer == null ? keys.getPrivate() : issuer.key();
            String algorithm = signingKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER)
                            .build(signingKey)));
            return new Party(keys, certificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void writePem(Path file, Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(object);
        }
        Files.writeString(file, text.toString());
    }
}
