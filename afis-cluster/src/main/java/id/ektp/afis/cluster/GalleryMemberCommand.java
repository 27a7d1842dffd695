package id.ektp.afis.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.ektp.afis.AfisException;
import id.ektp.afis.gallery.MatchPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One gallery member as a process of its own ({@code java -jar afis-cluster-<version>-member.jar}): reads its
 * settings ({@link MemberSettings}), connects to central's PostgreSQL with its own read-only role, waits for
 * table {@value PostgresPersonSource#TABLE} if central has not created it yet, checks the gallery key against a
 * row, starts a {@link GalleryMember} on the {@link PostgresPersonSource} and says when it has joined and when
 * its partitions are in place. SIGTERM (systemd's stop, Ctrl-C) leaves the cluster gracefully: the member hands
 * its partitions to the others first, so a planned stop loses nothing even with one backup.
 *
 * <p>Exit codes: 2 for settings that cannot be used (each problem named), 1 when the start failed.
 */
public final class GalleryMemberCommand {

    /** How long the member waits after its join for its partitions to be in place before it says so anyway. */
    private static final Duration SAFE_WAIT = Duration.ofMinutes(10);
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private GalleryMemberCommand() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(MemberSettings.USAGE);
            return;
        }
        MemberSettings settings;
        try {
            settings = MemberSettings.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("gallery-member: the settings cannot be used:\n  " + e.getMessage().replace("\n", "\n  ") + "\n");
            System.err.print(MemberSettings.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(settings);
        } catch (RuntimeException e) {
            say("not started: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(MemberSettings settings) {
        ClusterSettings cluster = settings.cluster();
        HikariDataSource database = dataSource(settings);
        GalleryMember member;
        try {
            PostgresPersonSource source = new PostgresPersonSource(database, settings.key());
            awaitTable(database, settings);
            try {
                source.checkKey();
            } catch (AfisException e) {
                throw new IllegalStateException("the gallery key does not open the persons in " + PostgresPersonSource.TABLE
                        + " (" + e.getMessage() + "): gallery.key-file must be central's gallery.key", e);
            }
            say("joining cluster " + cluster.clusterName() + " at " + String.join(",", cluster.members()) + " from "
                    + cluster.bindInterface() + ":" + cluster.port() + " (" + cluster.partitionCount() + " partitions); source of truth "
                    + settings.jdbcUrl() + " table " + PostgresPersonSource.TABLE + " as " + settings.jdbcUser());
            member = GalleryMember.start(cluster, source, settings.directory(), MatchPolicy.DEFAULT);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        GalleryMember started = member;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // System.out, not java.util.logging: the JDK resets its log handlers in a hook of its own
            say("stopping: handing partitions over to the other members");
            started.close();
            database.close();
            say("stopped");
        }, "gallery-member-stop"));
        say("joined cluster " + cluster.clusterName() + " as " + member.name() + ": " + member.dataMembers()
                + " data member(s); persons map loaded");
        boolean safe = member.awaitSafe(SAFE_WAIT);
        say((safe ? "loaded: " : "still migrating after " + SAFE_WAIT.toMinutes() + " min: ") + member.ownedPersons()
                + " persons in the partitions this member owns, " + member.dataMembers() + " data member(s)");
        // main ends here; Hazelcast's threads keep the process up until SIGTERM
    }

    private static HikariDataSource dataSource(MemberSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.jdbcUser());
        config.setPassword(settings.password());
        config.setPoolName("gallery-member");
        // a member only reads: the loads of a chunk of persons, and the look-up of one the map misses
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setReadOnly(true);
        config.setConnectionTimeout(10_000);
        try {
            // the pool connects once here: no server, a wrong password or a refused host is told now, with its cause
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("cannot connect to " + settings.jdbcUrl() + " as " + settings.jdbcUser() + ": "
                    + cause.getMessage(), e);
        }
    }

    /** Waits while the table does not exist yet; fails at once on anything else (wrong password, no privilege). */
    private static void awaitTable(HikariDataSource database, MemberSettings settings) {
        long deadline = System.nanoTime() + settings.sourceWait().toNanos();
        boolean told = false;
        while (true) {
            try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
                st.executeQuery("SELECT 1 FROM " + PostgresPersonSource.TABLE + " LIMIT 1").close();
                return;
            } catch (SQLException e) {
                String state = e.getSQLState();
                if (INSUFFICIENT_PRIVILEGE.equals(state)) {
                    throw new IllegalStateException("role " + settings.jdbcUser() + " may not read table " + PostgresPersonSource.TABLE
                            + ": as the database's owner, GRANT SELECT ON " + PostgresPersonSource.TABLE + " TO " + settings.jdbcUser(), e);
                }
                if (!UNDEFINED_TABLE.equals(state)) {
                    throw new IllegalStateException("cannot read table " + PostgresPersonSource.TABLE + " at " + settings.jdbcUrl()
                            + " as " + settings.jdbcUser() + ": " + e.getMessage(), e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("table " + PostgresPersonSource.TABLE + " did not appear at " + settings.jdbcUrl()
                            + " within " + settings.sourceWait() + ": start central once (its migration V90 creates it)", e);
                }
                if (!told) {
                    say("waiting for table " + PostgresPersonSource.TABLE + " at " + settings.jdbcUrl()
                            + " (central's migration V90 creates it on central's first start), at most " + settings.sourceWait());
                    told = true;
                }
            }
            try {
                TimeUnit.SECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + PostgresPersonSource.TABLE, e);
            }
        }
    }

    private static void say(String message) {
        System.out.println(Instant.now() + " gallery-member: " + message);
        System.out.flush();
    }
}
