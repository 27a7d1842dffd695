package id.ektp.afis.gallery;

import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import java.util.UUID;

/**
 * Test persons built from FVC2002 fingers: person i (0..9) has finger 101+i of DB1_B as right thumb,
 * of DB2_B as right index, of DB3_B as left thumb and of DB4_B as left index. Different sets are
 * different fingers, so persons are independent, as in the usual chimeric-person method.
 */
final class ChimericPersons {

    static final FingerPosition[] POSITIONS = {
        FingerPosition.RIGHT_THUMB, FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_THUMB, FingerPosition.LEFT_INDEX
    };
    private static final Set[] SETS = {Set.DB1_B, Set.DB2_B, Set.DB3_B, Set.DB4_B};

    private ChimericPersons() {
    }

    /** The reference ID of person i, stable across tests. */
    static UUID id(int person) {
        return UUID.nameUUIDFromBytes(("chimeric-person-" + person).getBytes());
    }

    static TenPrint tenPrint(int person, int impression) {
        TenPrint.Builder builder = TenPrint.builder();
        for (int f = 0; f < POSITIONS.length; f++) {
            builder.finger(POSITIONS[f], Fvc2002.template(SETS[f], 101 + person, impression));
        }
        return builder.build();
    }

    /** Only the given positions of person i. */
    static TenPrint fingers(int person, int impression, FingerPosition... positions) {
        TenPrint all = tenPrint(person, impression);
        TenPrint.Builder builder = TenPrint.builder();
        for (FingerPosition p : positions) {
            builder.finger(p, all.finger(p).orElseThrow());
        }
        return builder.build();
    }
}
