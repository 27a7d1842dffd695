package id.ektp.enrollment.upload;

import id.ektp.packet.PacketSealer;
import id.ektp.packet.Pem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.springframework.stereotype.Component;

/**
 * This service point's station as central registered it: its private key, its certificate (issued by
 * central's station CA, the station ID its subject's common name) and central's encryption certificate.
 * Loaded from {@link StationFiles} at start when the station is enrolled, installed once when it enrols.
 */
@Component
@OnServicePoint
class StationIdentity {

    /** What a station holds once enrolled. */
    record Credentials(String stationId, PrivateKey key, X509Certificate certificate, X509Certificate centralCertificate,
            X509Certificate stationCa) {

        PacketSealer sealer() {
            return new PacketSealer(key, certificate, centralCertificate);
        }
    }

    private final StationFiles files;
    private volatile Credentials current;

    StationIdentity(StationFiles files) {
        this.files = files;
        this.current = Files.exists(files.key()) ? load() : null;
    }

    Optional<Credentials> current() {
        return Optional.ofNullable(current);
    }

    Optional<String> stationId() {
        return current().map(Credentials::stationId);
    }

    /** Keeps newly issued credentials: the certificates first, the key last (its presence marks a complete set). */
    synchronized void install(Credentials credentials) {
        StationFiles.write(files.certificate(), Pem.of(credentials.certificate()), false);
        StationFiles.write(files.centralCertificate(), Pem.of(credentials.centralCertificate()), false);
        StationFiles.write(files.stationCaCertificate(), Pem.of(credentials.stationCa()), false);
        StationFiles.write(files.key(), pem(credentials.key()), true);
        current = credentials;
    }

    private Credentials load() {
        X509Certificate certificate = Pem.certificate(StationFiles.read(files.certificate(), false));
        return new Credentials(stationIdOf(certificate), privateKey(StationFiles.read(files.key(), true)), certificate,
                Pem.certificate(StationFiles.read(files.centralCertificate(), false)),
                Pem.certificate(StationFiles.read(files.stationCaCertificate(), false)));
    }

    static String stationIdOf(X509Certificate certificate) {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        if (names.length != 1) {
            throw new IllegalStateException("a station certificate names its station as its common name: " + certificate.getSubjectX500Principal());
        }
        return IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    /**
     * The key as PEM PKCS#8 ({@code PRIVATE KEY}, the curve named in it), which the JDK reads back and
     * {@code openssl} reads as well; the older {@code EC PRIVATE KEY} form does not convert back without
     * BouncyCastle's provider.
     */
    static String pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    static PrivateKey privateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            PrivateKeyInfo info = object instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo()
                    : object instanceof PrivateKeyInfo plain ? plain : null;
            if (info == null) {
                throw new IllegalStateException("the station key file holds no private key");
            }
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException e) {
            throw new IllegalStateException("the station key cannot be read", e);
        }
    }
}
