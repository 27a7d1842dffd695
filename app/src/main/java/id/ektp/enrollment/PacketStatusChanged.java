package id.ektp.enrollment;

import java.util.UUID;

/**
 * The service point learnt a new status of one of its packets from central (at delivery or by asking):
 * {@code status} is central's status name ({@code PRINT_READY_RECORD}, {@code DUPLICATE_RECORD}, ...) and
 * {@code reason} central's words for it, which say whether a duplicate was resolved for good.
 */
public record PacketStatusChanged(UUID packetId, String nik, String status, String reason) {
}
