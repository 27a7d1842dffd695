package id.ektp.identification.standin;

import io.swagger.v3.oas.annotations.Operation;
import id.ektp.packet.PacketJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST-ONLY HTTP door to the stand-ins, for tests that run the platform as a separate process (the crash test):
 * receive packets (their JSON), read a packet's status history and its adjudication hand-overs.
 */
@RestController
class TestIntakeApi {

    private final TestIntake intake;
    private final TestReceivedPackets packets;
    private final RecordingAdjudication adjudication;

    TestIntakeApi(TestIntake intake, TestReceivedPackets packets, RecordingAdjudication adjudication) {
        this.intake = intake;
        this.packets = packets;
        this.adjudication = adjudication;
    }

    @PostMapping("/api/v1/test-intake/packets")
    @Operation(summary = "TEST-ONLY: receive a packet (its JSON) as intake would")
    Map<String, String> receive(@RequestParam String station, @RequestBody byte[] json) {
        var packet = PacketJson.read(json);
        intake.receive(station, packet);
        return Map.of("packetId", packet.packetId().toString());
    }

    record Seen(String status, List<String> history, List<RecordingAdjudication.Call> adjudication) {
    }

    @GetMapping("/api/v1/test-intake/packets/{packetId}")
    @Operation(summary = "TEST-ONLY: a packet's status, its history and its adjudication hand-overs")
    Seen seen(@PathVariable UUID packetId) {
        return new Seen(packets.status(packetId).name(), packets.history(packetId), adjudication.calls(packetId));
    }
}
