package id.ektp.identification.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.stereotype.Service;

/**
 * A station asks for the statuses of packets it sent: a JSON request ({@code station}, {@code signedAt},
 * {@code packetIds}) signed with its key (CMS SignedData). Central answers only for an active station
 * whose certificate it holds, about that station's own packets, for a request signed in the last few minutes.
 */
@Service
@OnCentral
class StatusRequests {

    static final Duration FRESHNESS = Duration.ofMinutes(5);
    static final int MAX_IDS = 1000;

    record PacketStatus(UUID packetId, String status, String reason, Instant statusAt) {
    }

    private final Stations stations;
    private final IntakeStore store;
    private final ObjectMapper json;
    private final Clock clock;

    StatusRequests(Stations stations, IntakeStore store, ObjectMapper json, Optional<Clock> clock) {
        this.stations = stations;
        this.store = store;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    List<PacketStatus> answer(byte[] signedRequest) {
        CMSSignedData signed;
        SignerInformation signer;
        X509Certificate certificate;
        try {
            signed = new CMSSignedData(signedRequest);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1 || signed.getSignedContent() == null) {
                throw malformed("a status request has its content and one signer");
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                throw new IntakeRefusal(IntakeRefusal.Reason.SIGNER_NOT_TRUSTED, "the signer's certificate is not included");
            }
            certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                throw new IntakeRefusal(IntakeRefusal.Reason.SIGNATURE_INVALID, "the signature does not match the request");
            }
        } catch (CMSException | CertificateException | OperatorCreationException | RuntimeException e) {
            if (e instanceof IntakeRefusal refusal) {
                throw refusal;
            }
            throw malformed("not a signed status request: " + e.getMessage());
        }
        String stationId = stations.trustedStation(certificate);
        JsonNode request;
        try {
            request = json.readTree((byte[]) signed.getSignedContent().getContent());
        } catch (IOException e) {
            throw malformed("the status request is not JSON");
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(request.path("signedAt").asText());
        } catch (RuntimeException e) {
            throw malformed("signedAt is not an instant");
        }
        Instant now = clock.instant();
        if (!stationId.equals(request.path("station").asText()) || signedAt.isBefore(now.minus(FRESHNESS)) || signedAt.isAfter(now.plus(FRESHNESS))) {
            throw malformed("the request names another station, or was not signed in the last " + FRESHNESS.toMinutes() + " minutes");
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonNode id : request.path("packetIds")) {
            if (ids.size() == MAX_IDS) {
                throw malformed("at most " + MAX_IDS + " packet IDs per request");
            }
            try {
                ids.add(UUID.fromString(id.asText()));
            } catch (IllegalArgumentException e) {
                throw malformed("not a packet ID: " + id.asText());
            }
        }
        return store.heldFor(stationId, ids).stream()
                .map(h -> new PacketStatus(h.packetId(), h.status().name(), h.reason(), h.statusAt())).toList();
    }

    private static IntakeRefusal malformed(String why) {
        return new IntakeRefusal(IntakeRefusal.Reason.MALFORMED, why);
    }
}
