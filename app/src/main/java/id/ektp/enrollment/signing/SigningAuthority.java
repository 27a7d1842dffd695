package id.ektp.enrollment.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;

/**
 * The platform's own signing CA for summons letters, and the key that seals the Camats' private keys
 * in the database. Both are made on first start in {@link SigningFiles}' folder, owner-only. A Camat's
 * certificate chains to this CA; verifying a summons QR needs only the CA's certificate.
 */
@Component
public class SigningAuthority {

    static final Duration CAMAT_CERTIFICATE_LIFETIME = Duration.ofDays(2 * 365);
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final int GCM_NONCE = 12;

    private final X509Certificate caCertificate;
    private final PrivateKey caKey;
    private final SecretKeySpec keyEncryptionKey;
    private final SecureRandom random = new SecureRandom();

    SigningAuthority(SigningFiles files) {
        try {
            if (!SecretFile.exists(files.caKey())) {
                KeyPair ca = newKeyPair();
                X509Certificate certificate = certificate(ca.getPublic(), "CN=e-KTP Summons Signing CA", ca.getPrivate(),
                        "CN=e-KTP Summons Signing CA", Duration.ofDays(20 * 365), true);
                Files.createDirectories(files.caCertificate().getParent());
                Files.writeString(files.caCertificate(), pem(certificate), StandardCharsets.US_ASCII);
                SecretFile.create(files.caKey(), ca.getPrivate().getEncoded());
            }
            if (!SecretFile.exists(files.keyEncryptionKey())) {
                byte[] kek = new byte[32];
                random.nextBytes(kek);
                SecretFile.create(files.keyEncryptionKey(), kek);
            }
            caKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(SecretFile.read(files.caKey())));
            caCertificate = readCertificate(Files.readAllBytes(files.caCertificate()));
            keyEncryptionKey = new SecretKeySpec(SecretFile.read(files.keyEncryptionKey()), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("the summons signing CA cannot be loaded", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the summons signing CA cannot be loaded", e);
        }
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A certificate for a Camat's public key, signed by this CA. */
    X509Certificate issue(PublicKey camatKey, String camatName, String kecamatanCode) throws GeneralSecurityException {
        String subject = new org.bouncycastle.asn1.x500.X500NameBuilder(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE)
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.CN, "Camat " + camatName)
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.OU, "Kecamatan " + kecamatanCode)
                .build().toString();
        return certificate(camatKey, subject, caKey, caCertificate.getSubjectX500Principal().getName(), CAMAT_CERTIFICATE_LIFETIME, false);
    }

    /** True when the certificate was signed by this CA and is valid now. */
    boolean vouchesFor(X509Certificate certificate, Instant now) {
        try {
            certificate.verify(caCertificate.getPublicKey());
            certificate.checkValidity(Date.from(now));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    byte[] seal(byte[] secret) throws GeneralSecurityException {
        byte[] nonce = new byte[GCM_NONCE];
        random.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, keyEncryptionKey, new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(secret);
        byte[] out = new byte[GCM_NONCE + sealed.length];
        System.arraycopy(nonce, 0, out, 0, GCM_NONCE);
        System.arraycopy(sealed, 0, out, GCM_NONCE, sealed.length);
        return out;
    }

    byte[] unseal(byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, keyEncryptionKey, new GCMParameterSpec(128, sealed, 0, GCM_NONCE));
        return cipher.doFinal(sealed, GCM_NONCE, sealed.length - GCM_NONCE);
    }

    static X509Certificate readCertificate(byte[] encoded) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(encoded));
    }

    private X509Certificate certificate(PublicKey key, String subject, PrivateKey signer, String issuer, Duration lifetime, boolean ca)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    new BigInteger(127, random), Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(lifetime)),
                    new X500Name(subject), key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(signer)));
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException("certificate for " + subject + " cannot be made", e);
        }
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
