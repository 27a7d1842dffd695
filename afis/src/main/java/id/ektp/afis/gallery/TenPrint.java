package id.ektp.afis.gallery;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.template.FingerTemplate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fingers of one person, by position: an enrolled record or a probe. Up to ten fingers; missing
 * ones (amputation, injury, bandage) are simply absent and the person is searched with the fingers
 * present. At least one finger is required. Immutable.
 */
public final class TenPrint {

    private final Map<FingerPosition, FingerTemplate> fingers;

    private TenPrint(EnumMap<FingerPosition, FingerTemplate> fingers) {
        if (fingers.isEmpty()) {
            throw new AfisException(Reason.EMPTY_TEN_PRINT, "a ten-print needs at least one finger");
        }
        this.fingers = Collections.unmodifiableMap(fingers);
    }

    public static TenPrint of(Map<FingerPosition, FingerTemplate> fingers) {
        Objects.requireNonNull(fingers, "fingers");
        EnumMap<FingerPosition, FingerTemplate> copy = new EnumMap<>(FingerPosition.class);
        fingers.forEach((position, template) -> copy.put(Objects.requireNonNull(position), Objects.requireNonNull(template)));
        return new TenPrint(copy);
    }

    public static TenPrint of(FingerPosition position, FingerTemplate template) {
        return of(Map.of(position, template));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The fingers present, in ISO position order. */
    public Map<FingerPosition, FingerTemplate> fingers() {
        return fingers;
    }

    public Optional<FingerTemplate> finger(FingerPosition position) {
        return Optional.ofNullable(fingers.get(position));
    }

    public Set<FingerPosition> positions() {
        return fingers.keySet();
    }

    public int size() {
        return fingers.size();
    }

    public static final class Builder {
        private final EnumMap<FingerPosition, FingerTemplate> fingers = new EnumMap<>(FingerPosition.class);

        public Builder finger(FingerPosition position, FingerTemplate template) {
            fingers.put(Objects.requireNonNull(position), Objects.requireNonNull(template));
            return this;
        }

        public TenPrint build() {
            return new TenPrint(new EnumMap<>(fingers));
        }
    }
}
