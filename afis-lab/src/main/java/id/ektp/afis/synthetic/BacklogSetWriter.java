package id.ektp.afis.synthetic;

import id.ektp.afis.gallery.FingerPosition;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes the synthetic input of the uniqueness pipeline's backlog benchmark (issue 15; the benchmark itself is
 * the application's {@code BacklogBenchmark}, which cannot depend on this lab): a gallery of persons
 * (enrolment impressions) and a backlog of new records among which a share are planted duplicates, of a gallery
 * person or of an earlier record of the same backlog (impression 1 of that person). Fingers too poor to enrol
 * are left out, as a station declares them unusable.
 *
 * <pre>
 * file    : "EKTPBKL1" | gallery persons (4) | backlog records (4) | seed (8) | gallery person... | backlog record...
 * person  : finger count (1) | { ISO position (1) | length (4) | ISO/IEC 19794-2:2005 record }...
 * backlog : kind (1: 0 new, 1 duplicate of a gallery person, 2 duplicate of an earlier backlog record) | mate (4) | person
 * </pre>
 *
 * Usage: {@code BacklogSetWriter out.bin galleryPersons backlogRecords [galleryShare backlogShare seed]}
 * (shares default 0.02 and 0.01).
 */
public final class BacklogSetWriter {

    private static final int CHUNK = 2_000;

    private BacklogSetWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: BacklogSetWriter out.bin galleryPersons backlogRecords [galleryShare backlogShare seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int gallery = Integer.parseInt(args[1]);
        int backlog = Integer.parseInt(args[2]);
        double galleryShare = args.length > 3 ? Double.parseDouble(args[3]) : 0.02;
        double backlogShare = args.length > 4 ? Double.parseDouble(args[4]) : 0.01;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 15L;
        SyntheticPopulation population = new SyntheticPopulation(seed);
        long started = System.nanoTime();
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 20))) {
            data.writeBytes("EKTPBKL1");
            data.writeInt(gallery);
            data.writeInt(backlog);
            data.writeLong(seed);
            for (int from = 0; from < gallery; from += CHUNK) {
                int to = Math.min(gallery, from + CHUNK);
                for (Map<FingerPosition, byte[]> person : generate(population, IntStream.range(from, to).mapToObj(p -> new long[] {p, 0}).toList())) {
                    write(data, person);
                }
                progress("gallery", to, gallery, started);
            }
            Random plant = new Random(seed);
            List<long[]> wanted = new ArrayList<>();
            List<int[]> kinds = new ArrayList<>();
            List<Integer> newOnes = new ArrayList<>();
            for (int i = 0; i < backlog; i++) {
                double draw = plant.nextDouble();
                if (draw < galleryShare && gallery > 0) {
                    int mate = plant.nextInt(gallery);
                    wanted.add(new long[] {mate, 1});
                    kinds.add(new int[] {1, mate});
                } else if (draw < galleryShare + backlogShare && !newOnes.isEmpty()) {
                    int mate = newOnes.get(plant.nextInt(newOnes.size()));
                    wanted.add(new long[] {(long) gallery + mate, 1});
                    kinds.add(new int[] {2, mate});
                } else {
                    wanted.add(new long[] {(long) gallery + i, 0});
                    kinds.add(new int[] {0, -1});
                    newOnes.add(i);
                }
            }
            long backlogStarted = System.nanoTime();
            for (int from = 0; from < backlog; from += CHUNK) {
                int to = Math.min(backlog, from + CHUNK);
                List<Map<FingerPosition, byte[]>> persons = generate(population, wanted.subList(from, to));
                for (int i = from; i < to; i++) {
                    data.writeByte(kinds.get(i)[0]);
                    data.writeInt(kinds.get(i)[1]);
                    write(data, persons.get(i - from));
                }
                progress("backlog", to, backlog, backlogStarted);
            }
        }
        System.out.printf("wrote %s: %,d gallery persons, %,d backlog records, %,d bytes%n", out, gallery, backlog, Files.size(out));
    }

    /** Persons (person, impression) on all cores, in order. */
    private static List<Map<FingerPosition, byte[]>> generate(SyntheticPopulation population, List<long[]> wanted) {
        return wanted.parallelStream().map(w -> {
            Map<FingerPosition, byte[]> fingers = new EnumMap<>(FingerPosition.class);
            for (FingerPosition position : FingerPosition.values()) {
                byte[] iso = population.isoRecord(w[0], position, (int) w[1]);
                if (SyntheticPopulation.enrollable(iso)) {
                    fingers.put(position, iso);
                }
            }
            return fingers;
        }).toList();
    }

    private static void write(DataOutputStream data, Map<FingerPosition, byte[]> fingers) throws IOException {
        data.writeByte(fingers.size());
        for (Map.Entry<FingerPosition, byte[]> f : fingers.entrySet()) {
            data.writeByte(f.getKey().isoCode());
            data.writeInt(f.getValue().length);
            data.write(f.getValue());
        }
    }

    private static void progress(String what, int done, int total, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %,d / %,d (%.0f s, %.0f persons/s, %.0f s to go)%n", what, done, total, seconds, done / seconds,
                (total - done) / (done / seconds));
    }
}
