package id.ektp.devices.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Command: writes synthetic fingerprints as PNG files named {@code <master>_<impression>.png}, the FVC layout.
 * Arguments: output folder, number of masters, impressions per master, optional id prefix and format.
 */
public final class WriteSyntheticFingerprints {
    private WriteSyntheticFingerprints() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: WriteSyntheticFingerprints <folder> <masters> <impressions> [prefix]"
                    + " [OPTICAL_388X374|OPTICAL_416X416]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int masters = Integer.parseInt(args[1]);
        int impressions = Integer.parseInt(args[2]);
        String prefix = args.length > 3 ? args[3] : "synthetic";
        ScannerFormat format = args.length > 4 ? ScannerFormat.valueOf(args[4]) : ScannerFormat.OPTICAL_388X374;
        SyntheticFingerprintGenerator generator = new SyntheticFingerprintGenerator();
        IntStream.range(0, masters).parallel().forEach(m -> {
            MasterFinger master = generator.master(prefix + "-" + (101 + m));
            for (int i = 1; i <= impressions; i++) {
                SyntheticFingerprint print = generator.impression(master, i, format);
                try {
                    Files.write(folder.resolve((101 + m) + "_" + i + ".png"), print.toPng());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            System.out.println(master.id() + " " + master.fingerprintClass());
        });
    }
}
