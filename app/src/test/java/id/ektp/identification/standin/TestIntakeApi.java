package id.ektp.identification.standin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import id.ektp.platform.startup.ProcessRole;
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
 * TEST-ONLY HTTP door for tests that run the platform as a separate process (the crash test): deliver packets
 * (their JSON) through the real intake, sealed by their station, and read a packet's status, the statuses intake
 * audited and what the real adjudication received.
 */
@RestController
// Central's side only: a service point started with the test class path has no intake to deliver to.
@ConditionalOnExpression(ProcessRole.RUNS_CENTRAL)
class TestIntakeApi {

    private final TestIntake intake;
    private final FailingPacketReads packets;
    private final AdjudicationHandOvers adjudication;

    TestIntakeApi(TestIntake intake, FailingPacketReads packets, AdjudicationHandOvers adjudication) {
        this.intake = intake;
        this.packets = packets;
        this.adjudication = adjudication;
    }

    @PostMapping("/api/v1/test-intake/packets")
    @Operation(summary = "TEST-ONLY: deliver a packet (its JSON) through intake, sealed by the station")
    Map<String, String> receive(@RequestParam String station, @RequestBody byte[] json) {
        var packet = PacketJson.read(json);
        intake.receive(station, packet);
        return Map.of("packetId", packet.packetId().toString());
    }

    record Seen(String status, List<String> history, List<AdjudicationHandOvers.Call> adjudication) {
    }

    @GetMapping("/api/v1/test-intake/packets/{packetId}")
    @Operation(summary = "TEST-ONLY: a packet's status, its history and its adjudication hand-overs")
    Seen seen(@PathVariable UUID packetId) {
        return new Seen(packets.status(packetId).name(), packets.history(packetId), adjudication.calls(packetId));
    }
}
