package id.ektp.afis.cluster;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A {@link PersonSource} that hands persons out as the cluster's {@link PersonRecord} bytes, for the map's
 * loader: a member loading its partitions then decodes no template it only passes on, and reads a batch of
 * persons in one go (one query for the PostgreSQL source instead of one a person).
 */
interface RecordSource {

    /** The records of those of {@code referenceIds} that are stored; absent IDs are left out. */
    Map<UUID, byte[]> records(Collection<UUID> referenceIds);
}
