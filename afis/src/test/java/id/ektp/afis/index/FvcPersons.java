package id.ektp.afis.index;

import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;
import java.util.UUID;

/**
 * Chimeric persons from the real FVC2002 images, as in the engine's gallery tests: person i (0..9) has
 * finger 101+i of DB1_B, DB2_B, DB3_B and DB4_B at four positions; impressions 1..8.
 */
final class FvcPersons {

    static final int PERSONS = 10;
    static final FingerPosition[] POSITIONS = {
        FingerPosition.RIGHT_THUMB, FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_THUMB, FingerPosition.LEFT_INDEX
    };
    private static final Set[] SETS = {Set.DB1_B, Set.DB2_B, Set.DB3_B, Set.DB4_B};

    private FvcPersons() {
    }

    static UUID id(int person) {
        return UUID.nameUUIDFromBytes(("fvc-person-" + person).getBytes());
    }

    static TenPrint tenPrint(int person, int impression) {
        TenPrint.Builder builder = TenPrint.builder();
        for (int f = 0; f < POSITIONS.length; f++) {
            builder.finger(POSITIONS[f], Fvc2002.template(SETS[f], 101 + person, impression));
        }
        return builder.build();
    }
}
