package id.ektp.enrollment.upload;

import java.time.Instant;
import java.util.UUID;

/** Central confirmed it holds the packet: from here on the service point's copy of its biometrics may go. */
public record PacketUploaded(UUID packetId, Instant confirmedAt) {
}
