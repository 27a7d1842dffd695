package id.ektp.afis.index;

import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Builds the {@link BackgroundModel} resource: the bit frequencies of the finger codes of synthetic
 * persons drawn with their own seed (no benchmark or test gallery uses it).
 *
 * <pre>java -cp ... id.ektp.afis.index.BackgroundModelBuilder afis/src/main/resources/id/ektp/afis/index/finger-code-background.bin 20000</pre>
 */
public final class BackgroundModelBuilder {

    /** The background population's seed; benchmark and tests use other seeds. */
    static final long SEED = 0x4241434B47524E44L;

    private BackgroundModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int persons = Integer.parseInt(args[1]);
        SyntheticPopulation population = new SyntheticPopulation(SEED);
        long[][] counts = IntStream.range(0, persons).parallel().mapToObj(p -> {
            long[][] c = new long[CodeTable.FINGERS][FingerCode.BITS];
            for (FingerPosition position : FingerPosition.values()) {
                long[] code = FingerCode.hashed(IsoMinutiaeReader.read(population.isoRecord(p, position, 0)));
                for (int b = 0; b < FingerCode.BITS; b++) {
                    if ((code[b >>> 6] & (1L << b)) != 0) {
                        c[position.isoCode() - 1][b]++;
                    }
                }
            }
            return c;
        }).reduce((a, b) -> {
            for (int f = 0; f < a.length; f++) {
                for (int i = 0; i < a[f].length; i++) {
                    a[f][i] += b[f][i];
                }
            }
            return a;
        }).orElseThrow();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file))) {
            data.write(BackgroundModel.MAGIC.getBytes(StandardCharsets.US_ASCII));
            data.writeInt(FingerCode.BITS);
            for (long[] row : counts) {
                for (long count : row) {
                    data.writeFloat((float) count / persons);
                }
            }
        }
        System.out.println("background model of " + persons + " synthetic persons written to " + out);
    }
}
