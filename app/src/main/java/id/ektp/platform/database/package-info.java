/**
 * The embedded PostgreSQL default: durable (fsync, synchronous commit, full page writes), password-protected,
 * listening on 127.0.0.1 and a private socket folder, restarted cleanly after a crash.
 * {@link id.ektp.platform.database.EmbeddedPostgresServer} is published so tests and tools can reach the server.
 */
@org.springframework.modulith.NamedInterface("database")
package id.ektp.platform.database;
