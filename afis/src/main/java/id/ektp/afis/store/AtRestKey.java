package id.ektp.afis.store;

/**
 * The caller's 256-bit secret under which the engine seals its files at rest (the gallery's template
 * log, its index snapshot, the stores of {@link GalleryStore} and the cluster's source log). The engine
 * never writes it anywhere: keeping it (a key file outside the gallery folder, a secret store) is the
 * caller's job.
 */
public final class AtRestKey {

    static final int BYTES = 32;

    private final byte[] secret;

    private AtRestKey(byte[] secret) {
        this.secret = secret;
    }

    /** A key of exactly 32 bytes (copied; the caller may wipe its array afterwards). */
    public static AtRestKey of(byte[] secret) {
        if (secret == null || secret.length != BYTES) {
            throw new IllegalArgumentException("an at-rest key has " + BYTES + " bytes");
        }
        return new AtRestKey(secret.clone());
    }

    byte[] secret() {
        return secret;
    }

    /** Never the key itself: keys end up in logs through exceptions and debuggers. */
    @Override
    public String toString() {
        return "AtRestKey[" + BYTES * 8 + " bits]";
    }
}
