package id.ektp.enrollment.capture;

import id.ektp.accounts.Officer;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.BiometricItem.Modality;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.CaptureMetadata.CaptureException;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import id.ektp.registry.Resident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A closed capture as the enrolment packet central receives: the resident's data as the registry holds
 * them now, each accepted finger as its PNG image and its ISO/IEC 19794-2:2005 template (right thumb to
 * left little), the face, the signature, the right then the left iris, and how it was captured (officer,
 * station, the fingerprint scanner and its certificate's SHA-256, when, the finger exceptions).
 * The chip fingers' re-captures stay at the service point: they served the 1:1 check.
 */
@Component
class PacketAssembly {

    private final CaptureStore store;
    private final BiometricSeal seal;

    PacketAssembly(CaptureStore store, BiometricSeal seal) {
        this.store = store;
        this.seal = seal;
    }

    /** What a sealed value is bound to (AES-GCM associated data): its record, item and part. */
    static String binding(UUID recordId, ItemKind kind, int position, String part) {
        return recordId + "/" + kind + "/" + position + "/" + part;
    }

    EnrolmentPacket packet(CaptureRecord record, Resident resident, List<CaptureItem> items, List<FingerException> exceptions,
            Officer officer) {
        List<BiometricItem> biometrics = new ArrayList<>();
        List<CaptureItem> ordered = items.stream().filter(CaptureItem::accepted).filter(i -> i.kind() != ItemKind.CHIP_FINGER)
                .sorted(Comparator.comparing(CaptureItem::kind).thenComparing(CaptureItem::position)).toList();
        CaptureItem scanner = null;
        Instant last = record.startedAt();
        for (CaptureItem item : ordered) {
            byte[] image = open(record, item, "image");
            last = item.capturedAt().isAfter(last) ? item.capturedAt() : last;
            switch (item.kind()) {
                case FINGER -> {
                    FingerPosition position = FingerPosition.values()[item.position() - 1];
                    biometrics.add(BiometricItem.finger(position, BiometricFormat.PNG, item.quality(), image));
                    biometrics.add(BiometricItem.finger(position, BiometricFormat.ISO_19794_2_2005, item.quality(), open(record, item, "template")));
                    scanner = scanner == null ? item : scanner;
                }
                case FACE -> biometrics.add(new BiometricItem(Modality.FACE, null, BiometricFormat.PNG, item.quality(), image));
                case SIGNATURE -> biometrics.add(new BiometricItem(Modality.SIGNATURE, null, BiometricFormat.PNG, item.quality(), image));
                case IRIS -> biometrics.add(new BiometricItem(Modality.IRIS, null, BiometricFormat.PNG, item.quality(), image));
                case CHIP_FINGER -> throw new IllegalStateException("chip re-captures are not sent");
            }
        }
        CaptureItem device = scanner != null ? scanner : ordered.isEmpty() ? null : ordered.get(0);
        CaptureMetadata.Device captureDevice = device == null ? null
                : new CaptureMetadata.Device(device.deviceId(), device.deviceModel(), device.deviceCertificateSha256());
        List<CaptureException> captureExceptions = exceptions.stream()
                .map(e -> new CaptureException(FingerPosition.values()[e.position() - 1], e.reason())).toList();
        Demographics demographics = new Demographics(resident.nik(), resident.kkNumber(), resident.fullName(), resident.birthPlace(),
                resident.birthDate(), Demographics.Sex.valueOf(resident.sex().name()), resident.desaCode());
        return EnrolmentPacket.of(UUID.randomUUID(), demographics, biometrics,
                // No station: the outbox stamps the station it is enrolled as (and refuses a packet naming another).
                new CaptureMetadata(officer.username(), null, captureDevice, last, captureExceptions));
    }

    private byte[] open(CaptureRecord record, CaptureItem item, String part) {
        byte[] sealed = (part.equals("image") ? store.sealedImage(record.id(), item.kind(), item.position())
                : store.sealedTemplate(record.id(), item.kind(), item.position()))
                .orElseThrow(() -> new IllegalStateException("capture " + record.id() + " has no " + part + " for " + item.code()));
        return seal.open(sealed, binding(record.id(), item.kind(), item.position(), part));
    }
}
