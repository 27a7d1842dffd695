package id.ektp.packet;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PacketJsonTest {

    @Test
    void aPacketReadsBackAsItWasWritten() {
        EnrolmentPacket packet = Packets.sample();

        assertThat(PacketJson.read(PacketJson.write(packet))).isEqualTo(packet);
    }

    @Test
    void theJsonNamesItsVersionAndReadsAsText() {
        String json = new String(PacketJson.write(Packets.sample()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"formatVersion\":1,")
                .contains("\"dateOfBirth\":\"1990-07-01\"", "\"capturedAt\":\"2026-12-02T03:04:05Z\"",
                        "\"position\":\"RIGHT_THUMB\"", "\"reason\":\"BANDAGED\"");
    }

    @Test
    void aVersionThisSideDoesNotKnowIsRefusedNotGuessed() {
        String json = new String(PacketJson.write(Packets.sample()), StandardCharsets.UTF_8)
                .replace("\"formatVersion\":1,", "\"formatVersion\":2,");

        assertThatThrownBy(() -> PacketJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PacketException.class,
                        e -> assertThat(e.reason()).isEqualTo(PacketException.Reason.UNSUPPORTED_VERSION));
    }

    @Test
    void aFieldTheVersionDoesNotHaveIsRefused() {
        String json = new String(PacketJson.write(Packets.sample()), StandardCharsets.UTF_8)
                .replace("\"formatVersion\":1,", "\"formatVersion\":1,\"priority\":\"urgent\",");

        assertThatThrownBy(() -> PacketJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PacketException.class,
                        e -> assertThat(e.reason()).isEqualTo(PacketException.Reason.MALFORMED));
    }
}
