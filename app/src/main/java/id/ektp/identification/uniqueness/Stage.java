package id.ektp.identification.uniqueness;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a record stands in the uniqueness check. The first four are worked by the pipeline's workers, in
 * this order; the next two wait for people (adjudicators, the Dinas); the last three are final or parked.
 */
public enum Stage {
    /** Templates checked against (or re-extracted from) the images, sizes, finger positions. */
    VALIDATION,
    /** The same name, birth date and sex (spelling tolerated), or the same NIK, among earlier records. */
    DEMOGRAPHIC,
    /** 1:N against everyone in the gallery, then the insert of this person. */
    SEARCH,
    /** The engine's thresholds turned into a status for the station, and the hand-over to adjudication. */
    DECISION,
    /** Grey zone: waiting for the adjudicators' {@code CaseDecided}. */
    ADJUDICATION,
    /** Duplicate: waiting for the Dinas's {@code DuplicateResolved}. */
    CLARIFICATION,
    DONE,
    /** Refused by validation: never reached the gallery. */
    REJECTED,
    /** A stage failed after its retries: a data-centre officer reprocesses it. */
    PARKED;

    public static final Set<Stage> WORKED = EnumSet.of(VALIDATION, DEMOGRAPHIC, SEARCH, DECISION);

    public boolean worked() {
        return WORKED.contains(this);
    }

    public Stage next() {
        return switch (this) {
            case VALIDATION -> DEMOGRAPHIC;
            case DEMOGRAPHIC -> SEARCH;
            case SEARCH -> DECISION;
            default -> throw new IllegalStateException(this + " is not followed by a worked stage");
        };
    }
}
