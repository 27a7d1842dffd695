package id.ektp.enrollment.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.enrollment.PacketStatusChanged;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The status back: the service point asks central, now and then, for the status of the packets it
 * delivered whose status may still change (not print-ready, not failed, not a duplicate withdrawn or merged), at
 * most one batch at a time, those asked longest ago first, and keeps what central answers; a status that changed
 * is published as {@link PacketStatusChanged} for the resident's record to follow.
 * The request names the station and the packet IDs and is signed with the station's key (CMS SignedData),
 * so central answers a station about its own packets only, without a login.
 */
@Component
@OnServicePoint
class StatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);

    private final StationIdentity identity;
    private final OutboxStore store;
    private final CentralClient central;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private final int batch;
    private final Clock clock;
    private Instant lastPoll = Instant.MIN;

    StatusPoller(StationIdentity identity, OutboxStore store, CentralClient central, ObjectMapper json, TransactionTemplate transactions,
            ApplicationEventPublisher events, @Value("${ektp.outbox.status-interval:PT30S}") Duration interval,
            @Value("${ektp.outbox.status-batch:500}") int batch, Optional<Clock> clock) {
        this.identity = identity;
        this.store = store;
        this.central = central;
        this.json = json;
        this.transactions = transactions;
        this.events = events;
        this.interval = interval;
        this.batch = batch;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Asks central when the interval has passed since the last time; central not answering is tried at the next. */
    void poll() {
        Instant now = clock.instant();
        if (now.isBefore(lastPoll.plus(interval))) {
            return;
        }
        lastPoll = now;
        Optional<StationIdentity.Credentials> station = identity.current();
        List<UUID> open = store.awaitingStatus(batch);
        if (station.isEmpty() || open.isEmpty()) {
            return;
        }
        try {
            JsonNode answer = central.statuses(signedRequest(station.get(), open, now));
            transactions.executeWithoutResult(s -> {
                store.asked(open, now);
                for (JsonNode status : answer.path("statuses")) {
                    UUID packetId = UUID.fromString(status.path("packetId").asText());
                    String name = status.path("status").asText();
                    String reason = status.path("reason").isNull() ? null : status.path("reason").asText(null);
                    store.centralStatus(packetId, name, reason, Instant.parse(status.path("statusAt").asText()))
                            .ifPresent(nik -> events.publishEvent(new PacketStatusChanged(packetId, nik, name, reason)));
                }
            });
        } catch (CentralUnreachable e) {
            LOG.debug("No statuses from central this time: {}", e.getMessage());
        }
    }

    private byte[] signedRequest(StationIdentity.Credentials station, List<UUID> packetIds, Instant now) {
        try {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("station", station.stationId());
            request.put("signedAt", now.toString());
            request.put("packetIds", packetIds);
            String algorithm = station.key().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(station.key()), station.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(station.certificate())));
            return generator.generate(new CMSProcessableByteArray(json.writeValueAsBytes(request)), true).getEncoded("DER");
        } catch (IOException | org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cms.CMSException
                | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot sign the status request with the station key", e);
        }
    }
}
