package id.ektp.afis.evaluation;

import java.nio.file.Path;

/** One image of an FVC set: finger 101-110 and impression 1-8, named {@code <finger>_<impression>.tif}. */
public record FvcImpression(String set, int finger, int impression, Path image) {
    /** A finger identity that is unique across sets (fingers of different sets are different fingers). */
    public String fingerKey() {
        return set + "/" + finger;
    }
}
