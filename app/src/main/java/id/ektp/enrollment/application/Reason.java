package id.ektp.enrollment.application;

import java.util.EnumSet;
import java.util.Set;

/** Why a resident applies at the desk (seeds 002, 004), and the documents each reason requires. */
public enum Reason {
    /** A first card: turned 17, or married. */
    NEW(EnumSet.of(Document.COVER_LETTER, Document.APPLICATION_FORM, Document.KK_COPY)),
    /** The card was lost: the police report is required. */
    LOST(EnumSet.of(Document.COVER_LETTER, Document.APPLICATION_FORM, Document.KK_COPY, Document.POLICE_REPORT)),
    /** The card is damaged and handed in. */
    DAMAGED(EnumSet.of(Document.COVER_LETTER, Document.APPLICATION_FORM, Document.KK_COPY, Document.DAMAGED_CARD)),
    /** The data on the card changed. */
    DATA_CHANGE(EnumSet.of(Document.COVER_LETTER, Document.APPLICATION_FORM, Document.KK_COPY, Document.OLD_KTP)),
    /** Moving in from another region. */
    MOVING_IN(EnumSet.of(Document.COVER_LETTER, Document.APPLICATION_FORM, Document.KK_COPY, Document.MOVING_CERTIFICATE)),
    /** A foreigner with an ITAP (a new card or a renewal). */
    FOREIGNER(EnumSet.of(Document.APPLICATION_FORM, Document.KK_COPY, Document.TRAVEL_DOCUMENT, Document.ITAP));

    private final Set<Document> required;

    Reason(Set<Document> required) {
        this.required = required;
    }

    public Set<Document> required() {
        return EnumSet.copyOf(required);
    }
}
