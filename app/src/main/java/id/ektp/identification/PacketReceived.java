package id.ektp.identification;

import java.util.UUID;

/** Intake verified, opened and stored a packet exactly once (published in the same transaction). */
public record PacketReceived(UUID packetId) {
}
