package id.ektp.afis.gallery;

import java.util.UUID;

/**
 * The enrolled persons and the searches against them. Implementations are thread-safe: inserts,
 * deletes and searches may run concurrently; a search sees each person either before or after a
 * concurrent change, never half of one.
 *
 * <p>{@link BruteForceGallery} compares the probe with everyone; a faster implementation (a shortlist
 * index followed by SourceAFIS re-ranking) implements the same interface, so callers do not change.
 */
public interface Gallery extends AutoCloseable {

    /**
     * Enrols a person.
     *
     * @throws id.ektp.afis.AfisException {@code DUPLICATE_REFERENCE_ID} if the ID is already enrolled
     */
    void insert(UUID referenceId, TenPrint record);

    /** 1:N search: the best {@code maxCandidates} persons within the scope. */
    Identification identify(TenPrint probe, SearchScope scope, int maxCandidates);

    /** 1:N search against the whole gallery. */
    default Identification identify(TenPrint probe, int maxCandidates) {
        return identify(probe, SearchScope.all(), maxCandidates);
    }

    /**
     * 1:1 check of a probe against one enrolled person.
     *
     * @throws id.ektp.afis.AfisException {@code UNKNOWN_REFERENCE_ID} if the ID is not enrolled
     */
    Verification verify(UUID referenceId, TenPrint probe);

    /** Removes a person; returns false if the ID was not enrolled. */
    boolean delete(UUID referenceId);

    boolean contains(UUID referenceId);

    /** Number of enrolled persons. */
    int count();

    MatchPolicy policy();

    /** Releases the worker threads (and files, for a persistent gallery). */
    @Override
    void close();
}
