package id.ektp.enrollment.upload;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.packet.Pem;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.InvalidInputException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.springframework.stereotype.Service;

/**
 * The station's side of its registration: with the one-time code the system administrator at central
 * gave, the station makes its key pair (EC P-256; the private key never leaves this machine), sends a
 * certification request with the code, checks what central answers (the certificate is for this key and
 * this station, issued by the station CA it received) and keeps it.
 */
@Service
@OnServicePoint
class StationEnrolment {

    private static final Pattern STATION_ID = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}-\\d{2,3}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z -]{4,40}");

    private final StationIdentity identity;
    private final CentralClient central;
    private final AuditTrail audit;

    StationEnrolment(StationIdentity identity, CentralClient central, AuditTrail audit) {
        this.identity = identity;
        this.central = central;
        this.audit = audit;
    }

    /**
     * Enrols this service point as {@code stationId}.
     *
     * @throws InvalidInputException for a malformed station ID or code, or one central refused
     * @throws ConflictException when the station is enrolled already, or central cannot be reached
     */
    synchronized String enrol(String stationId, String code) {
        if (stationId == null || !STATION_ID.matcher(stationId).matches()) {
            throw new InvalidInputException("stationId", "a station ID is its kecamatan code and a number, e.g. 32.73.01-01");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "the one-time code is the 12 characters central gave, e.g. K7QF-2M9X-PA4D");
        }
        identity.stationId().ifPresent(enrolled -> {
            throw new ConflictException("this service point is enrolled already as station " + enrolled);
        });
        try {
            KeyPair keys = newKeyPair();
            CentralClient.Enrolment answer = central.enrol(stationId, code.strip(),
                    java.util.Base64.getEncoder().encodeToString(certificationRequest(stationId, keys).getEncoded()));
            X509Certificate certificate = Pem.certificate(answer.certificate());
            X509Certificate ca = Pem.certificate(answer.stationCaCertificate());
            X509Certificate centralCertificate = Pem.certificate(answer.centralCertificate());
            check(certificate, keys, ca, stationId);
            identity.install(new StationIdentity.Credentials(stationId, keys.getPrivate(), certificate, centralCertificate, ca));
            audit.record(AuditAction.STATION_CERTIFICATE_INSTALLED, stationId,
                    "{\"serial\":\"" + certificate.getSerialNumber().toString(16) + "\"}");
            return stationId;
        } catch (CentralClient.EnrolmentRefused e) {
            audit.record(AuditAction.STATION_ENROLMENT_FAILED, stationId, "{\"reason\":\"" + e.getMessage().replace("\"", "'") + "\"}");
            throw new InvalidInputException("code", "central refused the enrolment: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (CentralUnreachable e) {
            throw new ConflictException("central cannot be reached to enrol the station, try again: " + e.getMessage());
        }
    }

    private static void check(X509Certificate certificate, KeyPair keys, X509Certificate ca, String stationId) {
        try {
            certificate.verify(ca.getPublicKey());
            certificate.checkValidity();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("central answered a certificate its station CA did not issue", e);
        }
        if (!certificate.getPublicKey().equals(keys.getPublic()) || !stationId.equals(StationIdentity.stationIdOf(certificate))) {
            throw new IllegalStateException("central answered a certificate for another key or station");
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.bouncycastle.pkcs.PKCS10CertificationRequest certificationRequest(String stationId, KeyPair keys) {
        try {
            return new JcaPKCS10CertificationRequestBuilder(
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, stationId).build(), keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
