package id.ektp.devices.simulator;

import id.ektp.devices.protocol.CapturedItem;
import id.ektp.devices.protocol.DeviceType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * Produces the items of a capture for the presented subject: one image per requested position, PNG-encoded, with
 * the device's quality score. Each capture of the same finger (or eye, face, signature) is the next attempt, so two
 * captures of one resident are two different impressions of the same finger.
 */
final class BiometricCapturer {
    private final FingerprintSource fingerprints;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    BiometricCapturer(FingerprintSource fingerprints) {
        this.fingerprints = fingerprints;
    }

    List<CapturedItem> capture(DeviceType type, PresentedSubject subject, List<Integer> positions) {
        String identity = subject.biometricIdentity();
        List<Integer> wanted = positions.isEmpty() ? List.of(0) : positions;
        List<CapturedItem> items = new ArrayList<>();
        for (int position : wanted) {
            int attempt = attempts.computeIfAbsent(type + "|" + identity + "|" + position, k -> new AtomicInteger())
                    .incrementAndGet();
            items.add(switch (type) {
                case FINGERPRINT -> subject.fingerImages().containsKey(position)
                        ? fingerprint(position, FolderFingerprintSource.read(Path.of(subject.fingerImages().get(position)), subject.imageDpi()))
                        : fingerprint(position, fingerprints.fingerprint(identity, position, attempt));
                case FACE -> item(0, PlaceholderImages.face(identity, attempt), 300, 90);
                case IRIS -> item(position, PlaceholderImages.iris(identity, position, attempt), 200, 85);
                case SIGNATURE -> item(0, PlaceholderImages.signature(identity, attempt), 200, 100);
            });
        }
        return items;
    }

    private static CapturedItem fingerprint(int position, GreyImage image) {
        return new CapturedItem(position, "PNG", image.dpi(), image.width(), image.height(),
                RidgeQuality.score(image), Base64.getEncoder().encodeToString(png(image.toImage())));
    }

    private static CapturedItem item(int position, BufferedImage image, int dpi, int quality) {
        return new CapturedItem(position, "PNG", dpi, image.getWidth(), image.getHeight(), quality,
                Base64.getEncoder().encodeToString(png(image)));
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
    }
}
