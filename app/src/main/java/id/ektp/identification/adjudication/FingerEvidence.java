package id.ektp.identification.adjudication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.ektp.afis.explain.FingerComparison;
import id.ektp.afis.explain.PairingExplainer;
import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What an adjudicator compares finger by finger: both records' images of the same finger, SourceAFIS's score
 * and the minutiae it paired ({@link PairingExplainer}). Templates are extracted from the packets' images
 * by the engine's one pipeline, so the pairing is that of the images shown. Fingers sent only as templates
 * have no image to show and are listed with the check's score alone.
 *
 * <p>A case's comparisons are kept for a few minutes (the page asks for both images of every finger, each
 * needing both templates); nothing is written anywhere.
 */
@Component
class FingerEvidence {

    /** e-KTP capture devices scan at 500 ppi; the packet states no resolution, so this is the contract. */
    static final Resolution CAPTURE_RESOLUTION = Resolution.DPI_500;

    private final TemplateExtractor extractor = new TemplateExtractor();
    private final FingerprintImageReader reader = new FingerprintImageReader();
    private final PairingExplainer explainer = new PairingExplainer();
    private final Cache<Key, Optional<Comparison>> comparisons = Caffeine.newBuilder().maximumSize(200)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    record Key(UUID probePacket, UUID candidatePacket, FingerPosition position) {
    }

    /** One finger of the new record against the candidate's: both images and the pairing. */
    record Comparison(FingerPosition position, GrayscaleImage probe, GrayscaleImage candidate, FingerComparison pairing) {
    }

    /** The fingers both records hold as images, right thumb first, each compared. */
    List<Comparison> compare(EnrolmentPacket probe, EnrolmentPacket candidate) {
        List<Comparison> all = new ArrayList<>();
        for (FingerPosition position : FingerPosition.values()) {
            compare(probe, candidate, position).ifPresent(all::add);
        }
        return all;
    }

    Optional<Comparison> compare(EnrolmentPacket probe, EnrolmentPacket candidate, FingerPosition position) {
        return comparisons.get(new Key(probe.packetId(), candidate.packetId(), position), k -> {
            Optional<byte[]> probeImage = image(probe, position);
            Optional<byte[]> candidateImage = image(candidate, position);
            if (probeImage.isEmpty() || candidateImage.isEmpty()) {
                return Optional.empty();
            }
            GrayscaleImage p = reader.read(probeImage.get(), CAPTURE_RESOLUTION);
            GrayscaleImage c = reader.read(candidateImage.get(), CAPTURE_RESOLUTION);
            FingerTemplate pt = extractor.extract(p);
            FingerTemplate ct = extractor.extract(c);
            return Optional.of(new Comparison(position, p, c, explainer.explain(pt, ct)));
        });
    }

    private static Optional<byte[]> image(EnrolmentPacket packet, FingerPosition position) {
        return packet.biometrics().stream()
                .filter(b -> b.modality() == BiometricItem.Modality.FINGER && b.position() == position && isImage(b.format()))
                .findFirst().map(BiometricItem::data);
    }

    private static boolean isImage(BiometricFormat format) {
        return format == BiometricFormat.PNG || format == BiometricFormat.WSQ || format == BiometricFormat.JPEG;
    }
}
