/**
 * The enrolment packet, the one contract between a kecamatan service point and the central data centre:
 * its data model ({@link id.ektp.packet.EnrolmentPacket}), its versioned JSON form
 * ({@link id.ektp.packet.PacketJson}) and its sealed form, CMS SignedData inside EnvelopedData
 * ({@link id.ektp.packet.PacketSealer}, {@link id.ektp.packet.PacketOpener}). Plain Java, no Spring:
 * both sides, and {@code openssl cms}, read the same bytes (docs/packet.md).
 */
package id.ektp.packet;
