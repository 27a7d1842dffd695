package id.ektp.devices.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.devices.simulator.DeviceCertificateAuthority;
import id.ektp.devices.simulator.DeviceCredentials;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Captures signed before and after the move to Nimbus JOSE+JWT must read the same on both sides. */
class CaptureJwsWireFormatTest {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private final DeviceCredentials device = new DeviceCertificateAuthority("Wire format test CA").issue("WIRE-1");
    private final byte[] payload = "{\"transactionId\":\"t-1\",\"items\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCaptureSignedTheWayTheHandWrittenSignerDidStillVerifies() throws Exception {
        String header = "{\"alg\":\"ES256\",\"typ\":\"eds-capture+jws\",\"x5c\":[\""
                + Base64.getEncoder().encodeToString(device.certificate().getEncoded()) + "\"]}";
        String signingInput = B64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + B64URL.encodeToString(payload);
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(device.privateKey());
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String compact = signingInput + "." + B64URL.encodeToString(signer.sign());

        CompactJws jws = CompactJws.parse(compact);

        assertThat(jws.verify(device.certificate().getPublicKey())).isTrue();
        assertThat(jws.signerCertificate()).isEqualTo(device.certificate());
        assertThat(jws.payload()).isEqualTo(payload);
    }

    @Test
    void aCaptureSignedNowCarriesExactlyTheHeaderFieldsOfBefore() throws Exception {
        String compact = CompactJws.sign(payload, device.privateKey(), device.certificate());

        String[] parts = compact.split("\\.", -1);
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        List<String> fields = List.copyOf(iterable(header.fieldNames()));
        assertThat(parts).hasSize(3);
        assertThat(fields).containsExactlyInAnyOrder("alg", "typ", "x5c");
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("typ").asText()).isEqualTo(DeviceProtocol.JWS_TYPE);
        assertThat(Base64.getDecoder().decode(header.get("x5c").get(0).asText())).isEqualTo(device.certificate().getEncoded());
        assertThat(Base64.getUrlDecoder().decode(parts[1])).isEqualTo(payload);
        // The hand-written checker verified the signature as the JCA's R||S over the first two parts.
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(device.certificate().getPublicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        java.util.ArrayList<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
