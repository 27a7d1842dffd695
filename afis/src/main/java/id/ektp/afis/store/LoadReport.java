package id.ektp.afis.store;

/**
 * What a reload found.
 *
 * @param persons      persons loaded into the gallery
 * @param inserts      insert records read
 * @param deletes      delete records read
 * @param tornBytes    bytes of a torn last record that were dropped (0 after a clean shutdown)
 * @param millis       wall time of the reload
 */
public record LoadReport(int persons, long inserts, long deletes, long tornBytes, long millis) {
}
