package id.ektp.afis.synthetic;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.template.EnrolmentCheck;
import id.ektp.afis.template.FingerTemplate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A population of synthetic persons, each with ten master fingers, from which any impression can be made
 * on demand: person p's finger f impression i is a pure function of (seed, p, f, i), so a gallery of a
 * million persons needs no storage to be rebuilt, and its mated probes are other impressions of the same
 * persons. Impression 0 is the enrolment; persons beyond the gallery size serve as non-mated probes.
 */
public final class SyntheticPopulation {
    /** Outline scale per ISO position (thumb, index, middle, ring, little), from typical finger sizes. */
    private static final double[] SIZE = { 1.15, 1.0, 1.02, 0.96, 0.85 };

    private final long seed;
    private final MasterFingerModel masters;
    private final ImpressionModel impressions;

    public SyntheticPopulation(long seed) {
        this(seed, MasterFingerModel.DEFAULT, ImpressionModel.DEFAULT);
    }

    public SyntheticPopulation(long seed, MasterFingerModel masters, ImpressionModel impressions) {
        this.seed = seed;
        this.masters = masters;
        this.impressions = impressions;
    }

    public MasterFinger master(long person, FingerPosition position) {
        SplittableRandom random = Seeds.stream(seed, person, position.isoCode(), 0);
        return masters.draw(random, SIZE[(position.isoCode() - 1) % 5]);
    }

    public Impression impression(long person, FingerPosition position, int impression) {
        MasterFinger finger = master(person, position);
        return impressions.capture(finger, Seeds.stream(seed, person, position.isoCode(), impression + 1L));
    }

    /** The ISO/IEC 19794-2:2005 record of one impression. */
    public byte[] isoRecord(long person, FingerPosition position, int impression) {
        return IsoTemplateWriter.write(impression(person, position, impression), position.isoCode());
    }

    /** One finger as the engine holds it, imported from its ISO record through SourceAFIS. */
    public FingerTemplate template(long person, FingerPosition position, int impression) {
        return imported(isoRecord(person, position, impression));
    }

    private static FingerTemplate imported(byte[] isoRecord) {
        return FingerTemplate.of(FingerprintCompatibility.importTemplate(isoRecord));
    }

    /**
     * Whether an impression's record has the minutiae a gallery enrols ({@link EnrolmentCheck#MIN_MINUTIAE});
     * about 1.3 % of synthetic impressions have fewer (a partial or faint capture).
     */
    public boolean enrollable(long person, FingerPosition position, int impression) {
        return enrollable(isoRecord(person, position, impression));
    }

    /** The same rule on a record already made: making an impression is most of the generator's cost, so make it once. */
    public static boolean enrollable(byte[] isoRecord) {
        return (isoRecord[27] & 0xff) >= EnrolmentCheck.MIN_MINUTIAE;
    }

    /**
     * A person's enrolment (impression 0) as ISO records, as an enrolment station keeps it: a finger too
     * poor to enrol is left out, as a finger that cannot be captured is.
     */
    public Map<FingerPosition, byte[]> enrolmentRecords(long person) {
        EnumMap<FingerPosition, byte[]> records = new EnumMap<>(FingerPosition.class);
        for (FingerPosition position : FingerPosition.values()) {
            byte[] iso = isoRecord(person, position, 0);
            if (enrollable(iso)) {
                records.put(position, iso);
            }
        }
        return records;
    }

    /**
     * The enrolment as a ten-print, with the same fingers as {@link #enrolmentRecords}; each impression is
     * drawn once (checked and imported from the same record: drawing is most of a person's cost).
     */
    public TenPrint enrolmentTenPrint(long person) {
        TenPrint.Builder builder = TenPrint.builder();
        for (FingerPosition position : FingerPosition.values()) {
            byte[] iso = isoRecord(person, position, 0);
            if (enrollable(iso)) {
                builder.finger(position, imported(iso));
            }
        }
        return builder.build();
    }

    /** All ten fingers of one impression of a person (impression 0 is the enrolment). */
    public TenPrint tenPrint(long person, int impression) {
        TenPrint.Builder builder = TenPrint.builder();
        for (FingerPosition position : FingerPosition.values())
            builder.finger(position, template(person, position, impression));
        return builder.build();
    }
}
