package id.ektp.devices.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderFingerprintSourceTest {

    @Test
    void servesTheSameRealFingerForAnIdentityAndWalksThroughItsImpressions() {
        Path db1 = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "fingerprints", "fvc2002",
                "DB1_B");
        Assumptions.assumeTrue(Files.isDirectory(db1), "FVC2002 DB1_B not found at " + db1 + "; skipping");
        FolderFingerprintSource source = new FolderFingerprintSource(db1, 500);
        assertThat(source.fingers()).isEqualTo(10);

        GreyImage first = source.fingerprint("3201010101900001", 2, 1);
        GreyImage again = source.fingerprint("3201010101900001", 2, 1);
        GreyImage next = source.fingerprint("3201010101900001", 2, 2);
        assertThat(first.width()).isEqualTo(388);
        assertThat(first.height()).isEqualTo(374);
        assertThat(again.pixels()).isEqualTo(first.pixels());
        assertThat(next.pixels()).isNotEqualTo(first.pixels());
        assertThat(RidgeQuality.score(first)).isBetween(1, 100);
    }

    @Test
    void folderWithoutFingerprintsIsRefused(@TempDir Path empty) {
        assertThatThrownBy(() -> new FolderFingerprintSource(empty, 500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No <finger>_<impression>");
    }
}
