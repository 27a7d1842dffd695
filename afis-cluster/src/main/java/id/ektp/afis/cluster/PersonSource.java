package id.ektp.afis.cluster;

import id.ektp.afis.gallery.TenPrint;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The source of truth of the clustered gallery: every enrolled person's templates, kept durably outside
 * the cluster (PostgreSQL in the platform, the engine's append-only log in {@link TemplateLogSource}).
 * The cluster is built from it and never holds the only copy: members load their partitions from it when
 * the cluster starts, and partitions lost with more members than the backups cover are reloaded from it.
 * Implementations are thread-safe; every member reads the same source.
 */
public interface PersonSource {

    /**
     * Stores a person durably before returning.
     *
     * @throws id.ektp.afis.AfisException {@code DUPLICATE_REFERENCE_ID} if the ID is already stored
     */
    void insert(java.util.UUID referenceId, TenPrint record);

    /** Removes a person durably; false if the ID was not stored. */
    boolean delete(UUID referenceId);

    Optional<TenPrint> find(UUID referenceId);

    /** The IDs stored now (a copy). */
    Set<UUID> referenceIds();

    boolean contains(UUID referenceId);

    int count();
}
