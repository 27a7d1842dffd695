package id.ektp.afis.cluster.lab;

import id.ektp.afis.cluster.TemplateLogSource;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Enrols synthetic persons 0 to n-1 into a single-node gallery and the cluster's source of truth from
 * one generation: each batch is generated on all cores (a person's ten-print is a pure function of its
 * index) and then inserted in index order, so both hold the same persons in the same order on every
 * run. Generating is most of the time, so it is timed apart from the inserts.
 */
public final class SyntheticEnrolment {

    /** Persons generated at a time: enough to keep the cores busy, few enough to stay small on the heap. */
    private static final int BATCH = 2_048;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SyntheticPopulation population;
    private final int persons;
    private long generationWallNanos;
    private final LongAdder generationCpuNanos = new LongAdder();
    private long galleryNanos;
    private long sourceNanos;

    private SyntheticEnrolment(SyntheticPopulation population, int persons) {
        this.population = population;
        this.persons = persons;
    }

    public static SyntheticEnrolment of(SyntheticPopulation population, int persons) {
        return new SyntheticEnrolment(population, persons);
    }

    /** The reference ID of synthetic person {@code index} in the test and the benchmark. */
    public static UUID referenceId(long index) {
        return new UUID(0x16L, index);
    }

    /** Generates every person and inserts it into the gallery and the source; the source is synced at the end. */
    public SyntheticEnrolment into(Gallery gallery, TemplateLogSource source) {
        for (int from = 0; from < persons; from += BATCH) {
            int base = from;
            TenPrint[] batch = new TenPrint[Math.min(BATCH, persons - from)];
            long wall = System.nanoTime();
            IntStream.range(0, batch.length).parallel().forEach(i -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                batch[i] = population.enrolmentTenPrint(base + i);
                generationCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
            });
            long generated = System.nanoTime();
            generationWallNanos += generated - wall;
            for (int i = 0; i < batch.length; i++) {
                gallery.insert(referenceId(base + i), batch[i]);
            }
            long inGallery = System.nanoTime();
            galleryNanos += inGallery - generated;
            for (int i = 0; i < batch.length; i++) {
                source.insert(referenceId(base + i), batch[i]);
            }
            sourceNanos += System.nanoTime() - inGallery;
        }
        long synced = System.nanoTime();
        source.sync();
        sourceNanos += System.nanoTime() - synced;
        return this;
    }

    /** Where the time went, for the test's and the benchmark's output. */
    public String timings() {
        return String.format("%,d persons: generated in %.0f s wall (%.0f s CPU on %d cores), single gallery insert %.0f s, source insert %.0f s",
                persons, generationWallNanos / 1e9, generationCpuNanos.sum() / 1e9, Runtime.getRuntime().availableProcessors(),
                galleryNanos / 1e9, sourceNanos / 1e9);
    }
}
