package id.ektp.identification.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.Role;
import id.ektp.enrollment.upload.TestPackets;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketJson;
import id.ektp.packet.PacketSealer;
import id.ektp.packet.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What central's intake refuses, each with its reason as an RFC 7807 problem, audited, and nothing of it
 * stored: a tampered, truncated or foreign-recipient packet, one signed by an untrusted certificate, by a
 * station central does not know or has revoked, one naming another station, a replayed packet ID, an
 * oversized upload. And a station's enrolment with a wrong or used code.
 */
class IntakeRefusalsTest extends AccountsTestSupport {

    private static final AtomicInteger STATIONS = new AtomicInteger(10);

    @Autowired
    CentralKeys keys;

    @Autowired
    Stations stations;

    /** A station registered and enrolled through the API, as a real one is. */
    record TestStation(String id, KeyPair keys, X509Certificate certificate, PacketSealer sealer) {
    }

    @Test
    void aPacketFromAnEnrolledStationIsAcceptedOnce() {
        TestStation station = enrolledStation();
        EnrolmentPacket packet = packet(station.id());
        HttpResponse<String> first = deliver(station.sealer().seal(packet));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(body(first).get("outcome").asText()).isEqualTo("RECEIVED");
        HttpResponse<String> resealed = deliver(station.sealer().seal(packet));
        assertThat(resealed.statusCode()).as("sealed again, the same content: a resend").isEqualTo(200);
        assertThat(body(resealed).get("outcome").asText()).isEqualTo("ALREADY_RECEIVED");
        assertThat(stored(packet.packetId())).isEqualTo(1);
    }

    @Test
    void aTamperedPacketIsRefused() {
        TestStation station = enrolledStation();
        EnrolmentPacket packet = packet(station.id());
        byte[] sealed = station.sealer().seal(packet);
        sealed[sealed.length - 40] ^= 0x5A;
        // A changed ciphertext block garbles what it decrypts to: unreadable CMS, or a signature that no longer matches.
        HttpResponse<String> answer = deliver(sealed);
        String reason = body(answer).path("reason").asText();
        assertThat(reason).isIn("MALFORMED", "SIGNATURE_INVALID");
        assertRefused(answer, 422, reason, packet.packetId());
    }

    @Test
    void aPacketWhoseContentChangedAfterSigningIsRefused() throws Exception {
        TestStation station = enrolledStation();
        EnrolmentPacket packet = packet(station.id());
        byte[] signed = sign(PacketJson.write(packet), station.keys(), station.certificate());
        String der = new String(signed, StandardCharsets.ISO_8859_1);
        int at = der.indexOf("Dewi Lestari");
        signed[at + 3] = 'a';
        assertRefused(deliver(envelope(signed, keys.encryptionCertificate())), 422, "SIGNATURE_INVALID", packet.packetId());
    }

    @Test
    void aTruncatedPacketIsRefused() {
        TestStation station = enrolledStation();
        EnrolmentPacket packet = packet(station.id());
        byte[] sealed = station.sealer().seal(packet);
        assertRefused(deliver(java.util.Arrays.copyOf(sealed, sealed.length / 2)), 422, "MALFORMED", packet.packetId());
    }

    @Test
    void aPacketEncryptedForAnotherRecipientIsRefused() throws Exception {
        TestStation station = enrolledStation();
        EnrolmentPacket packet = packet(station.id());
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair other = rsa.generateKeyPair();
        X509Certificate otherCentral = selfSigned(other, "CN=Not central");
        byte[] sealed = new PacketSealer(station.keys().getPrivate(), station.certificate(), otherCentral).seal(packet);
        assertRefused(deliver(sealed), 422, "NOT_FOR_THIS_RECIPIENT", packet.packetId());
    }

    @Test
    void aPacketSignedByACertificateTheStationCaDidNotIssueIsRefused() throws Exception {
        KeyPair keyPair = ec();
        X509Certificate selfMade = selfSigned(keyPair, "CN=32.73.01-01");
        EnrolmentPacket packet = packet("32.73.01-01");
        byte[] sealed = new PacketSealer(keyPair.getPrivate(), selfMade, keys.encryptionCertificate()).seal(packet);
        assertRefused(deliver(sealed), 422, "SIGNER_NOT_TRUSTED", packet.packetId());
    }

    @Test
    void aPacketFromAStationCentralDoesNotKnowIsRefused() throws Exception {
        KeyPair keyPair = ec();
        String unknown = "32.73.02-" + STATIONS.incrementAndGet();
        X509Certificate issued = keys.issueStationCertificate(csr(unknown, keyPair), unknown, "32.73.02");
        EnrolmentPacket packet = packet(unknown);
        byte[] sealed = new PacketSealer(keyPair.getPrivate(), issued, keys.encryptionCertificate()).seal(packet);
        assertRefused(deliver(sealed), 422, "UNKNOWN_STATION", packet.packetId());
    }

    @Test
    void aRevokedStationsPacketsAreRefusedFromTheRevocationOn() {
        TestStation station = enrolledStation();
        assertThat(deliver(station.sealer().seal(packet(station.id()))).statusCode()).isEqualTo(201);

        String operator = officer(Role.OPERATOR, "32.73.01", "KEC-327301");
        assertThat(post("/api/v1/stations/" + station.id() + "/revocation", basic(operator), write(Map.of("reason", "stolen laptop"))).statusCode())
                .isEqualTo(403);
        HttpResponse<String> revoked = post("/api/v1/stations/" + station.id() + "/revocation", basic(systemAdmin()),
                write(Map.of("reason", "stolen laptop")));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(body(revoked).get("state").asText()).isEqualTo("REVOKED");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'STATION_REVOKE' AND subject_id = ?", station.id())).isEqualTo(1);

        EnrolmentPacket after = packet(station.id());
        assertRefused(deliver(station.sealer().seal(after)), 422, "STATION_REVOKED", after.packetId());
    }

    @Test
    void aPacketNamingAnotherStationThanItsSignerIsRefused() {
        TestStation station = enrolledStation();
        EnrolmentPacket packet = packet("32.73.01-01");
        assertRefused(deliver(station.sealer().seal(packet)), 422, "STATION_MISMATCH", packet.packetId());
    }

    @Test
    void aPacketIdReplayedWithOtherContentIsRefusedAndTheFirstKept() {
        TestStation station = enrolledStation();
        EnrolmentPacket packet = packet(station.id());
        assertThat(deliver(station.sealer().seal(packet)).statusCode()).isEqualTo(201);
        EnrolmentPacket other = TestPackets.packet(packet.packetId(), "3273015403000999", "Orang Lain", 7, station.id());
        HttpResponse<String> replay = deliver(station.sealer().seal(other));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(409);
        assertThat(body(replay).get("reason").asText()).isEqualTo("REPLAYED");
        assertThat(stored(packet.packetId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'PACKET_REFUSED' AND subject_id = ? AND detail LIKE '%REPLAYED%'")
                .param(packet.packetId().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOversizedUploadIsRefusedBeforeItIsRead() throws IOException {
        int before = refusals("TOO_LARGE");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/intake/packets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/vnd.ektp.packet+cms\r\n"
                    + "Content-Length: 40000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            String answer = new String(readHead(socket.getInputStream()), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("packet-too-large");
        }
        assertThat(refusals("TOO_LARGE")).isEqualTo(before + 1);
    }

    @Test
    void anEnrolmentWithAWrongOrUsedCodeIsRefusedAndAudited() throws Exception {
        String id = "32.73.02-" + STATIONS.incrementAndGet();
        JsonNode registration = body(post("/api/v1/stations", basic(systemAdmin()), write(Map.of("stationId", id, "name", "Loket 2"))));
        String code = registration.get("code").asText();
        KeyPair keyPair = ec();
        String request = Base64.getEncoder().encodeToString(csr(id, keyPair).getEncoded());

        HttpResponse<String> wrong = post("/api/v1/stations/" + id + "/enrolment", null,
                write(Map.of("code", "AAAA-BBBB-CCCC", "certificationRequest", request)));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
        assertThat(body(wrong).get("reason").asText()).isEqualTo("ENROLMENT_REFUSED");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'STATION_ENROL_REFUSED' AND subject_id = ?", id)).isEqualTo(1);

        HttpResponse<String> right = post("/api/v1/stations/" + id + "/enrolment", null, write(Map.of("code", code, "certificationRequest", request)));
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(body(right).get("certificate").asText()).startsWith("-----BEGIN CERTIFICATE-----");

        HttpResponse<String> again = post("/api/v1/stations/" + id + "/enrolment", null, write(Map.of("code", code, "certificationRequest", request)));
        assertThat(again.statusCode()).as("a code is used once").isEqualTo(403);
    }

    // --- helpers

    private TestStation enrolledStation() {
        try {
            String id = "32.73.01-" + STATIONS.incrementAndGet();
            HttpResponse<String> registered = post("/api/v1/stations", basic(systemAdmin()), write(Map.of("stationId", id, "name", "Loket " + id)));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            KeyPair keyPair = ec();
            HttpResponse<String> enrolled = post("/api/v1/stations/" + id + "/enrolment", null, write(Map.of(
                    "code", body(registered).get("code").asText(),
                    "certificationRequest", Base64.getEncoder().encodeToString(csr(id, keyPair).getEncoded()))));
            assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
            X509Certificate certificate = Pem.certificate(body(enrolled).get("certificate").asText());
            X509Certificate central = Pem.certificate(body(enrolled).get("centralCertificate").asText());
            return new TestStation(id, keyPair, certificate, new PacketSealer(keyPair.getPrivate(), certificate, central));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static EnrolmentPacket packet(String station) {
        return TestPackets.packet(UUID.randomUUID(), "3273015403000101", "Dewi Lestari", 3, station);
    }

    private HttpResponse<String> deliver(byte[] sealed) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/intake/packets"))
                    .header("Content-Type", "application/vnd.ektp.packet+cms").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sealed)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void assertRefused(HttpResponse<String> response, int status, String reason, UUID packetId) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(body(response).get("reason").asText()).isEqualTo(reason);
        assertThat(stored(packetId)).as("nothing stored").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'PACKET_REFUSED' AND detail LIKE ?")
                .param("%\"reason\":\"" + reason + "\"%").query(Integer.class).single()).as("audited").isPositive();
    }

    private int stored(UUID packetId) {
        return jdbc.sql("SELECT count(*) FROM received_packet WHERE packet_id = ?").param(packetId).query(Integer.class).single();
    }

    private int refusals(String reason) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'PACKET_REFUSED' AND detail LIKE ?")
                .param("%\"reason\":\"" + reason + "\"%").query(Integer.class).single();
    }

    private int count(String sql, String subject) {
        return jdbc.sql(sql).param(subject).query(Integer.class).single();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && head.size() < 4096; ) {
            head.write(b);
        }
        return head.toByteArray();
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static org.bouncycastle.pkcs.PKCS10CertificationRequest csr(String stationId, KeyPair keyPair) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + stationId), keyPair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()));
    }

    private static X509Certificate selfSigned(KeyPair keyPair, String subject) throws Exception {
        String algorithm = keyPair.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(new X500Name(subject), BigInteger.ONE,
                Date.from(Instant.now().minusSeconds(60)), Date.from(Instant.now().plusSeconds(3600)), new X500Name(subject), keyPair.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).build(keyPair.getPrivate())));
    }

    private static byte[] sign(byte[] content, KeyPair keyPair, X509Certificate certificate) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()), certificate));
        generator.addCertificates(new JcaCertStore(List.of(certificate)));
        return generator.generate(new CMSProcessableByteArray(content), true).getEncoded("DER");
    }

    private static byte[] envelope(byte[] content, X509Certificate recipient) throws Exception {
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient));
        return generator.generate(new CMSProcessableByteArray(content), new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build())
                .getEncoded();
    }
}
