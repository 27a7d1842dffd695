package id.ektp.packet;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One resident's enrolment as the service point sends it to central: who they are, what was captured and
 * how. {@code formatVersion} names the JSON form ({@link PacketJson#CURRENT_VERSION}); central refuses a
 * version it does not know rather than guess at it.
 */
public record EnrolmentPacket(
        int formatVersion,
        UUID packetId,
        Demographics demographics,
        List<BiometricItem> biometrics,
        CaptureMetadata capture) {

    public EnrolmentPacket {
        Objects.requireNonNull(packetId, "packetId");
        Objects.requireNonNull(demographics, "demographics");
        Objects.requireNonNull(capture, "capture");
        biometrics = List.copyOf(biometrics);
    }

    /** A packet in the current format. */
    public static EnrolmentPacket of(UUID packetId, Demographics demographics, List<BiometricItem> biometrics,
            CaptureMetadata capture) {
        return new EnrolmentPacket(PacketJson.CURRENT_VERSION, packetId, demographics, biometrics, capture);
    }
}
