package id.ektp.platform.startup;

/**
 * Data a start puts in place before the platform serves anyone: the built-in regions, the first
 * administrator, the demo population and logins. Seeds run in their {@code @Order}, after the schema is
 * migrated and before the HTTP port opens (see {@link SeedsBeforeServing}), so that the first request
 * already finds them; a seed that fails stops the start.
 */
public interface StartupSeed {

    void seed();
}
