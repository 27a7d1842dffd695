package id.ektp.devices.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who stands at the simulated devices: a synthetic identity (a seed string, e.g. a NIK), and whether an impostor
 * presents themselves under that identity (then the fingers, face and irises are someone else's).
 *
 * <p>{@code fingerImages} puts real fingers on the platen: ISO finger position (1 right thumb .. 10 left little) to an
 * image file on the simulator's host (TIFF, PNG, BMP or JPEG at {@code fingerImageDpi}, 500 when absent). Every
 * capture of such a position gives that image; the other positions stay the identity's synthetic fingers. A test or
 * a demo uses it to present the same real finger under two identities, impressions of it from a public database.
 */
public record PresentedSubject(String identity, boolean impostor, Map<Integer, String> fingerImages, Integer fingerImageDpi) {
    public PresentedSubject {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("A presented subject needs a non-blank identity");
        }
        fingerImages = fingerImages == null ? Map.of() : Map.copyOf(new TreeMap<>(fingerImages));
        for (Map.Entry<Integer, String> e : fingerImages.entrySet()) {
            if (e.getKey() < 1 || e.getKey() > 10) {
                throw new IllegalArgumentException("Finger position " + e.getKey() + " is not an ISO position 1-10");
            }
            if (e.getValue() == null || !Files.isRegularFile(Path.of(e.getValue()))) {
                throw new IllegalArgumentException("No image file " + e.getValue() + " for finger position " + e.getKey());
            }
        }
        if (fingerImageDpi != null && (fingerImageDpi < 250 || fingerImageDpi > 1000)) {
            throw new IllegalArgumentException("fingerImageDpi " + fingerImageDpi + " is outside 250-1000");
        }
    }

    public PresentedSubject(String identity, boolean impostor) {
        this(identity, impostor, Map.of(), null);
    }

    /** The seed whose biometrics are actually captured. */
    String biometricIdentity() {
        return impostor ? identity + "#impostor" : identity;
    }

    int imageDpi() {
        return fingerImageDpi == null ? 500 : fingerImageDpi;
    }
}
