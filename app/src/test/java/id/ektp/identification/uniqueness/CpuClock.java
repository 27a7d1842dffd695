package id.ektp.identification.uniqueness;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time beside wall time, for a benchmark on a loaded machine: this JVM's, and the embedded PostgreSQL
 * server's (its postmaster and the backends under it, found from one backend's parent: the server runs as a
 * process of its own, so its work is not in the JVM's figure).
 */
final class CpuClock {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Optional<ProcessHandle> postmaster;

    CpuClock(JdbcClient jdbc) {
        long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent);
    }

    /** A reading of both clocks, in seconds. */
    record Reading(double jvm, double postgres) {
        Reading minus(Reading earlier) {
            return new Reading(jvm - earlier.jvm, postgres - earlier.postgres);
        }

        double total() {
            return jvm + postgres;
        }
    }

    Reading now() {
        double pg = postmaster.map(p -> Stream.concat(Stream.of(p), p.descendants())
                .mapToLong(h -> h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum() / 1e9).orElse(0.0);
        return new Reading(os.getProcessCpuTime() / 1e9, pg);
    }

    boolean seesPostgres() {
        return postmaster.isPresent();
    }

    /** The calling thread's CPU time, in seconds. */
    static double thread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }
}
