package id.ektp.enrollment.upload;

import id.ektp.packet.EnrolmentPacket;

/**
 * The service point's store-and-forward queue to central. A closed record's packet is handed over here in
 * the transaction that closes the record, so a record is closed exactly when its packet is queued: a
 * crash leaves either both or neither. The outbox seals the packet (signed with the station's key,
 * encrypted for central) before it stores it, and delivers it over HTTP with retries until central
 * confirms receipt ({@link PacketUploaded}).
 */
public interface PacketOutbox {

    /**
     * Queues a closed record's packet for central; must run inside the caller's transaction.
     *
     * @throws id.ektp.platform.domain.ConflictException if a packet with the same ID is already queued
     */
    void submit(EnrolmentPacket packet);
}
