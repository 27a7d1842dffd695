package id.ektp.identification.intake;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.SystemActor;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service-point stations central accepts packets from. A system administrator registers a station and
 * gets a one-time code; the station's administrator enters it there, the station makes its key pair and
 * sends a certification request with the code; central answers the station's certificate (issued by the
 * station CA) and its own encryption certificate. A revoked station's packets are refused from then on.
 *
 * <p>A refused enrolment is audited in a transaction of its own, after the refused one rolled back.
 */
@Service
@OnCentral
class Stations {

    /** A station is named by its kecamatan and a number: {@code 32.73.01-01}. */
    static final Pattern STATION_ID = Pattern.compile("(\\d{2}\\.\\d{2}\\.\\d{2})-(\\d{2,3})");

    /** What a station receives when it enrols. */
    record Enrolled(X509Certificate certificate, X509Certificate centralCertificate, X509Certificate stationCa) {
    }

    /** A new registration: the code to give to the station's administrator, shown once. */
    record Registration(String stationId, String code, Instant expiresAt) {
    }

    private final StationStore store;
    private final CentralKeys keys;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Duration codeLifetime;
    private final Clock clock;

    Stations(StationStore store, CentralKeys keys, AuditTrail audit, TransactionTemplate transactions,
            @Value("${ektp.stations.code-lifetime:P7D}") Duration codeLifetime, Optional<Clock> clock) {
        this.store = store;
        this.keys = keys;
        this.audit = audit;
        this.transactions = transactions;
        this.codeLifetime = codeLifetime;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Registers a station (or gives a station not enrolled yet a new code, the old one no longer valid).
     *
     * @throws InvalidInputException for a malformed station ID or name
     * @throws ConflictException when the station is enrolled or revoked
     */
    Registration register(String stationId, String name, String registeredBy) {
        String kecamatan = kecamatanOf(stationId);
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "a station's name is 1-200 printable characters");
        }
        String code = StationCodes.newCode();
        Instant now = clock.instant();
        Instant expires = now.plus(codeLifetime);
        transactions.executeWithoutResult(s -> {
            if (!store.register(stationId, name.strip(), kecamatan, StationCodes.hash(code), expires, registeredBy, now)) {
                throw new ConflictException("station " + stationId + " is already enrolled or revoked; a new station needs a new ID");
            }
            audit.record(AuditAction.STATION_REGISTERED, stationId, "{\"expiresAt\":\"" + expires + "\"}");
        });
        return new Registration(stationId, code, expires);
    }

    /**
     * A station's enrolment with its one-time code and certification request (PKCS#10, DER in Base64: one
     * line, as every text field of the API is); runs as the system (no officer
     * calls it: the code is the proof).
     *
     * @throws IntakeRefusal ({@code ENROLMENT_REFUSED}) for an unknown station, a wrong, used or expired code,
     *     or a request whose signature or key is not acceptable; the same answer for each, so a caller learns
     *     nothing about which stations exist
     */
    Enrolled enrol(String stationId, String code, String certificationRequest) {
        return SystemActor.call("station enrolment " + stationId, () -> {
            try {
                return transactions.execute(s -> {
                    StationStore.PendingCode pending = store.lockPending(stationId)
                            .orElseThrow(() -> refused("no station " + stationId + " waits for enrolment"));
                    if (!StationCodes.matches(code, pending.codeHash()) || !clock.instant().isBefore(pending.expiresAt())) {
                        throw refused("the code is wrong or expired");
                    }
                    PKCS10CertificationRequest request;
                    X509Certificate certificate;
                    try {
                        request = certificationRequest(certificationRequest);
                        certificate = keys.issueStationCertificate(request, stationId, pending.station().kecamatanCode());
                        store.activate(stationId, certificate.getEncoded(), clock.instant());
                    } catch (IllegalArgumentException | CertificateEncodingException e) {
                        throw refused(e.getMessage());
                    }
                    audit.record(AuditAction.STATION_ENROLLED, stationId,
                            "{\"serial\":\"" + certificate.getSerialNumber().toString(16) + "\"}");
                    return new Enrolled(certificate, keys.encryptionCertificate(), keys.stationCa());
                });
            } catch (IntakeRefusal e) {
                audit.record(AuditAction.STATION_ENROLMENT_REFUSED, stationId.length() > 40 ? stationId.substring(0, 40) : stationId,
                        "{\"reason\":\"" + e.getMessage().replace("\"", "'") + "\"}");
                throw e;
            }
        });
    }

    /**
     * Revokes a station: its packets are refused from now on, and it cannot enrol again.
     *
     * @throws NotFoundException for an unknown station
     * @throws ConflictException when it is revoked already
     */
    Station revoke(String stationId, String reason, String revokedBy) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "a revocation names its reason, up to 500 characters");
        }
        return transactions.execute(s -> {
            store.find(stationId).orElseThrow(() -> new NotFoundException("station", stationId));
            if (!store.revoke(stationId, revokedBy, reason.strip(), clock.instant())) {
                throw new ConflictException("station " + stationId + " is already revoked");
            }
            audit.record(AuditAction.STATION_REVOKED, stationId, "{\"reason\":\"" + reason.strip().replace("\"", "'") + "\"}");
            return store.find(stationId).orElseThrow();
        });
    }

    List<Station> all() {
        return store.all();
    }

    Optional<Station> find(String stationId) {
        return store.find(stationId);
    }

    /**
     * The station that signed with {@code certificate}: its ID is the certificate's subject, and central must
     * hold exactly this certificate for it, active.
     *
     * @throws IntakeRefusal {@code UNKNOWN_STATION} or {@code STATION_REVOKED}
     */
    String trustedStation(X509Certificate certificate) {
        String stationId = StationNames.stationIdOf(certificate);
        StationStore.Credential credential = stationId == null ? null : store.credential(stationId).orElse(null);
        if (credential != null && credential.state() == Station.State.REVOKED) {
            throw new IntakeRefusal(IntakeRefusal.Reason.STATION_REVOKED, "station " + stationId + " is revoked");
        }
        try {
            if (credential == null || credential.state() != Station.State.ACTIVE
                    || !Arrays.equals(credential.certificate(), certificate.getEncoded())) {
                throw new IntakeRefusal(IntakeRefusal.Reason.UNKNOWN_STATION,
                        "the signer " + certificate.getSubjectX500Principal().getName() + " is not a registered station's certificate");
            }
        } catch (CertificateEncodingException e) {
            throw new IntakeRefusal(IntakeRefusal.Reason.MALFORMED, "unreadable signer certificate");
        }
        return stationId;
    }

    static String kecamatanOf(String stationId) {
        var matcher = stationId == null ? null : STATION_ID.matcher(stationId);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("stationId", "a station ID is its kecamatan code and a number, e.g. 32.73.01-01");
        }
        return matcher.group(1);
    }

    private static PKCS10CertificationRequest certificationRequest(String base64) {
        try {
            return new PKCS10CertificationRequest(java.util.Base64.getDecoder().decode(base64 == null ? "" : base64.strip()));
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("the certification request is not a Base64 PKCS#10 request");
        }
    }

    private static IntakeRefusal refused(String why) {
        return new IntakeRefusal(IntakeRefusal.Reason.ENROLMENT_REFUSED, "enrolment refused: " + why);
    }
}
