package id.ektp.enrollment.scans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A scan's type is its first bytes' signature; nothing else counts. */
class ScanTypeTest {

    @Test
    void theSignaturesOfPdfJpegAndPngAreKnownAndAnythingElseIsNot() {
        assertThat(ScanType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(ScanType.PDF);
        assertThat(ScanType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10})).contains(ScanType.JPEG);
        assertThat(ScanType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(ScanType.PNG);
        // A PDF's marker later in the file, a GIF, a truncated PNG signature, a Windows program, nothing.
        assertThat(ScanType.of("MZ %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScanType.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScanType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(ScanType.of(new byte[0])).isEmpty();
    }
}
