package id.ektp.registry;

/** Agama, the value list printed on the card. */
public enum Religion {
    ISLAM("ISLAM"),
    KRISTEN("KRISTEN"),
    KATHOLIK("KATHOLIK"),
    HINDU("HINDU"),
    BUDHA("BUDHA"),
    KHONGHUCU("KHONGHUCU"),
    KEPERCAYAAN("KEPERCAYAAN TERHADAP TUHAN YME");

    private final String label;

    Religion(String label) {
        this.label = label;
    }

    /** The text as printed on the card. */
    public String label() {
        return label;
    }
}
