package id.ektp.devices.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class SyntheticFingerprintGeneratorTest {
    private final SyntheticFingerprintGenerator generator = new SyntheticFingerprintGenerator();

    @Test
    void sameSeedGivesTheSamePixelsAndOtherSeedsDoNot() {
        MasterFinger master = generator.master("3201010101900001/2");
        MasterFinger again = new SyntheticFingerprintGenerator().master("3201010101900001/2");
        assertThat(again.fingerprintClass()).isEqualTo(master.fingerprintClass());
        assertThat(again.ridges()).isEqualTo(master.ridges());

        SyntheticFingerprint first = generator.impression(master, 1, ScannerFormat.OPTICAL_388X374);
        SyntheticFingerprint repeated = generator.impression(again, 1, ScannerFormat.OPTICAL_388X374);
        assertThat(repeated).isEqualTo(first);

        SyntheticFingerprint secondImpression = generator.impression(master, 2, ScannerFormat.OPTICAL_388X374);
        assertThat(secondImpression.pixels()).isNotEqualTo(first.pixels());
        MasterFinger otherFinger = generator.master("3201010101900001/7");
        assertThat(otherFinger.ridges()).isNotEqualTo(master.ridges());
    }

    @Test
    void imagesHaveScannerSizesAndCarryTheirIdentity() throws Exception {
        MasterFinger master = generator.master("identity-test/1");
        SyntheticFingerprint square = generator.impression(master, 3, ScannerFormat.OPTICAL_416X416);
        assertThat(square.width()).isEqualTo(416);
        assertThat(square.height()).isEqualTo(416);
        assertThat(square.dpi()).isEqualTo(500);
        assertThat(square.masterId()).isEqualTo("identity-test/1");
        assertThat(square.impression()).isEqualTo(3);

        byte[] png = square.toPng();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList entries = root.getElementsByTagName("tEXtEntry");
            String masterId = null;
            String impression = null;
            for (int i = 0; i < entries.getLength(); i++) {
                IIOMetadataNode entry = (IIOMetadataNode) entries.item(i);
                if (SyntheticFingerprint.MASTER_KEY.equals(entry.getAttribute("keyword"))) {
                    masterId = entry.getAttribute("value");
                }
                if (SyntheticFingerprint.IMPRESSION_KEY.equals(entry.getAttribute("keyword"))) {
                    impression = entry.getAttribute("value");
                }
            }
            assertThat(masterId).isEqualTo("identity-test/1");
            assertThat(impression).isEqualTo("3");
            byte[] decoded = new byte[416 * 416];
            reader.read(0).getRaster().getDataElements(0, 0, 416, 416, decoded);
            assertThat(decoded).isEqualTo(square.pixels());
        }
    }

    @Test
    void impressionsShowAFingerOnABackground() {
        SyntheticFingerprint print = generator.impression(generator.master("contrast/3"), 1,
                ScannerFormat.OPTICAL_388X374);
        int[] histogram = new int[256];
        for (byte b : print.pixels()) {
            histogram[b & 0xff]++;
        }
        int dark = Arrays.stream(histogram, 0, 110).sum();
        int light = Arrays.stream(histogram, 170, 256).sum();
        // Ridges (dark) and valleys plus background (light) both cover a real part of the image.
        assertThat(dark).isGreaterThan(print.pixels().length / 10);
        assertThat(light).isGreaterThan(print.pixels().length / 5);
    }

    @Test
    void negativeImpressionNumberIsRejected() {
        MasterFinger master = generator.master("x/1");
        assertThatThrownBy(() -> generator.impression(master, -1, ScannerFormat.OPTICAL_388X374))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
