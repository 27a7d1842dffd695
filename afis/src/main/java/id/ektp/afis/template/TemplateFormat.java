package id.ektp.afis.template;

/** The interchange formats the engine imports and exports (through SourceAFIS and fingerprintio). */
public enum TemplateFormat {
    ISO_19794_2_2005(com.machinezoo.fingerprintio.TemplateFormat.ISO_19794_2_2005),
    ISO_19794_2_2011(com.machinezoo.fingerprintio.TemplateFormat.ISO_19794_2_2011),
    ANSI_378_2004(com.machinezoo.fingerprintio.TemplateFormat.ANSI_378_2004),
    ANSI_378_2009(com.machinezoo.fingerprintio.TemplateFormat.ANSI_378_2009),
    ANSI_378_2009_AM1(com.machinezoo.fingerprintio.TemplateFormat.ANSI_378_2009_AM1);

    private final com.machinezoo.fingerprintio.TemplateFormat fingerprintio;

    TemplateFormat(com.machinezoo.fingerprintio.TemplateFormat fingerprintio) {
        this.fingerprintio = fingerprintio;
    }

    com.machinezoo.fingerprintio.TemplateFormat fingerprintio() {
        return fingerprintio;
    }

    static TemplateFormat of(com.machinezoo.fingerprintio.TemplateFormat format) {
        for (TemplateFormat f : values()) {
            if (f.fingerprintio == format) {
                return f;
            }
        }
        throw new IllegalArgumentException("unsupported format " + format);
    }
}
