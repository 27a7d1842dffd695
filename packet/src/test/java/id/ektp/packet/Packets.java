package id.ektp.packet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complete packet as a service point would send it: ten-print minus one bandaged finger, and the face. */
final class Packets {

    private Packets() {
    }

    static EnrolmentPacket sample() {
        var demographics = new Demographics("3273014107900003", "3273010101100001", "Siti Rahmawati", "Bandung",
                LocalDate.of(1990, 7, 1), Demographics.Sex.PEREMPUAN, "32.73.01.1001");
        var fingers = new java.util.ArrayList<BiometricItem>();
        for (FingerPosition position : FingerPosition.values()) {
            if (position != FingerPosition.LEFT_LITTLE) {
                fingers.add(BiometricItem.finger(position, BiometricFormat.ISO_19794_2_2005, 40 + position.isoCode() * 5,
                        ("FMR\0 template of " + position).getBytes(StandardCharsets.US_ASCII)));
            }
        }
        fingers.add(new BiometricItem(BiometricItem.Modality.FACE, null, BiometricFormat.JPEG, 88, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}));
        var capture = new CaptureMetadata("pelayanan", "32.73.01-01",
                new CaptureMetadata.Device("eds-7f3a", "EDS-500 simulator", "9c1a6f0e2b3d4c5a"),
                Instant.parse("2026-12-02T03:04:05Z"),
                List.of(new CaptureMetadata.CaptureException(FingerPosition.LEFT_LITTLE, CaptureMetadata.CaptureException.Reason.BANDAGED)));
        return EnrolmentPacket.of(UUID.fromString("6a0c2a53-2f7b-4b7e-9a0a-5f8c3c1d2e10"), demographics, fingers, capture);
    }
}
