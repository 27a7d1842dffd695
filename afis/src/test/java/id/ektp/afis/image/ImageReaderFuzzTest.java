package id.ektp.afis.image;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.ektp.afis.AfisException;

/**
 * Jazzer fuzzes the image reader (ImageIO for PNG, JPEG, BMP and TIFF; JNBIS for WSQ) from the seeds in
 * {@code ImageReaderFuzzTestInputs}. Any exception or error but {@link AfisException} is a finding.
 * {@code ./mvnw verify} runs it in fuzzing mode for a fixed time (afis/pom.xml, execution "fuzz").
 */
class ImageReaderFuzzTest {

    private final FingerprintImageReader reader = new FingerprintImageReader();

    @FuzzTest(maxDuration = "25s")
    void readerRefusesAnyImageOnlyWithAnAfisException(byte[] encoded) {
        try {
            reader.read(encoded, Resolution.DPI_500);
        } catch (AfisException expected) {
            // a typed refusal is the wanted outcome for a damaged image
        }
    }
}
