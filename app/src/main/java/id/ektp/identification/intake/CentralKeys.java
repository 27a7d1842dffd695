package id.ektp.identification.intake;

import id.ektp.packet.PacketOpener;
import id.ektp.packet.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.springframework.stereotype.Component;

/**
 * Central's keys: the station CA that issues each registered station its certificate (EC P-256), central's
 * encryption key pair (RSA 3072, the certificate every packet is encrypted for), and the AES key that
 * encrypts opened packets in the database. All are made on first start in {@link CentralFiles}' folder,
 * the private ones owner-only, each written whole before the next (a crash half-way makes them again).
 */
@Component
@OnCentral
class CentralKeys {

    static final Duration STATION_CERTIFICATE_LIFETIME = Duration.ofDays(2 * 365);
    private static final int GCM_NONCE = 12;

    private final PrivateKey stationCaKey;
    private final X509Certificate stationCa;
    private final PrivateKey encryptionKey;
    private final X509Certificate encryptionCertificate;
    private final SecretKeySpec packetKey;
    private final SecureRandom random = new SecureRandom();

    CentralKeys(CentralFiles files) {
        try {
            if (!Files.exists(files.stationCaKey())) {
                KeyPair ca = ec();
                X509Certificate certificate = selfSigned(ca, name("e-KTP Station CA"), Duration.ofDays(20 * 365), true);
                KeyFile.writeText(files.stationCaCertificate(), Pem.of(certificate), false);
                KeyFile.writePrivateKey(files.stationCaKey(), ca.getPrivate());
            }
            if (!Files.exists(files.encryptionKey())) {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(3072, random);
                KeyPair central = rsa.generateKeyPair();
                X509Certificate certificate = selfSigned(central, name("e-KTP Central Intake"), Duration.ofDays(10 * 365), false);
                KeyFile.writeText(files.encryptionCertificate(), Pem.of(certificate), false);
                KeyFile.writePrivateKey(files.encryptionKey(), central.getPrivate());
            }
            stationCaKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(KeyFile.readPrivateKey(files.stationCaKey())));
            stationCa = Pem.certificate(Files.readString(files.stationCaCertificate()));
            encryptionKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(KeyFile.readPrivateKey(files.encryptionKey())));
            encryptionCertificate = Pem.certificate(Files.readString(files.encryptionCertificate()));
            packetKey = new SecretKeySpec(KeyFile.secret256(files.packetKey()), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("central's keys cannot be loaded", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("central's keys cannot be loaded", e);
        }
    }

    PacketOpener opener() {
        return new PacketOpener(encryptionKey, encryptionCertificate, stationCa);
    }

    X509Certificate stationCa() {
        return stationCa;
    }

    X509Certificate encryptionCertificate() {
        return encryptionCertificate;
    }

    /**
     * The certificate of a station whose request proves it holds the private key (the CSR's signature),
     * for an EC P-256 or RSA (2048 bits or more) key; its subject names the station alone, whatever the
     * request asked for.
     *
     * @throws IllegalArgumentException when the request's signature or key is not acceptable
     */
    X509Certificate issueStationCertificate(PKCS10CertificationRequest request, String stationId, String kecamatanCode) {
        try {
            JcaPKCS10CertificationRequest csr = new JcaPKCS10CertificationRequest(request);
            PublicKey key = csr.getPublicKey();
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new IllegalArgumentException("the request's signature does not match its key");
            }
            if (!(key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256)
                    && !(key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048)) {
                throw new IllegalArgumentException("a station key is EC P-256 or RSA of 2048 bits or more");
            }
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, stationId)
                    .addRDN(BCStyle.OU, "Kecamatan " + kecamatanCode).addRDN(BCStyle.O, "Dukcapil").build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(stationCa.getSubjectX500Principal().getEncoded()), new BigInteger(127, random),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(STATION_CERTIFICATE_LIFETIME)), subject, key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(stationCaKey)));
        } catch (PKCSException | OperatorCreationException | GeneralSecurityException | CertIOException e) {
            throw new IllegalArgumentException("the certification request cannot be read: " + e.getMessage(), e);
        }
    }

    /** An opened packet's JSON encrypted for the database (AES-256-GCM, the nonce first, the packet ID as associated data). */
    byte[] encrypt(byte[] content, byte[] associated) {
        try {
            byte[] nonce = new byte[GCM_NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, packetKey, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(content);
            byte[] out = new byte[GCM_NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, GCM_NONCE);
            System.arraycopy(sealed, 0, out, GCM_NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a packet for the database", e);
        }
    }

    byte[] decrypt(byte[] stored, byte[] associated) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, packetKey, new GCMParameterSpec(128, stored, 0, GCM_NONCE));
            cipher.updateAAD(associated);
            return cipher.doFinal(stored, GCM_NONCE, stored.length - GCM_NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored packet does not decrypt with central's packet key (altered, or another key)", e);
        }
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, "Dukcapil").build();
    }

    private X509Certificate selfSigned(KeyPair keys, X500Name subject, Duration lifetime, boolean ca) throws GeneralSecurityException {
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(127, random),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(lifetime)), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.keyEncipherment));
            String algorithm = keys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
        } catch (OperatorCreationException | CertIOException e) {
            throw new GeneralSecurityException("certificate " + subject + " cannot be made", e);
        }
    }
}
