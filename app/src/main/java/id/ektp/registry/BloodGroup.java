package id.ektp.registry;

/** Golongan darah: A, B, AB, O with or without rhesus, or unknown. */
public enum BloodGroup {
    A, A_POS, A_NEG,
    B, B_POS, B_NEG,
    AB, AB_POS, AB_NEG,
    O, O_POS, O_NEG,
    TIDAK_TAHU;

    /** The text as printed on the card, e.g. {@code AB+} or {@code -} for unknown. */
    public String label() {
        if (this == TIDAK_TAHU) {
            return "-";
        }
        return name().replace("_POS", "+").replace("_NEG", "-");
    }
}
