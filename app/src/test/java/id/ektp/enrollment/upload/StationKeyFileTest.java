package id.ektp.enrollment.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/** The station's key survives a restart: what enrolment writes is what the next start reads back. */
class StationKeyFileTest {

    @Test
    void theStationKeyReadsBackAsWritten() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        String pem = StationIdentity.pem(keys.getPrivate());
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----");
        PrivateKey read = StationIdentity.privateKey(pem);
        assertThat(read.getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
    }
}
