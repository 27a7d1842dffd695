package id.ektp.afis.gallery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which part of the gallery a search covers: all of it (the uniqueness check) or a given list of
 * reference IDs (a re-check against the persons of an earlier hit list, or a family). IDs that are not
 * (or no longer) in the gallery are skipped: a deleted record is not an error for a search.
 */
public final class SearchScope {

    private static final SearchScope ALL = new SearchScope(null);

    private final List<UUID> referenceIds;

    private SearchScope(List<UUID> referenceIds) {
        this.referenceIds = referenceIds;
    }

    public static SearchScope all() {
        return ALL;
    }

    public static SearchScope of(Collection<UUID> referenceIds) {
        return new SearchScope(List.copyOf(referenceIds));
    }

    /** Empty for the whole gallery. */
    public Optional<List<UUID>> referenceIds() {
        return Optional.ofNullable(referenceIds);
    }
}
