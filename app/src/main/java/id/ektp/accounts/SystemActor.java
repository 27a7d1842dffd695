package id.ektp.accounts;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The platform acting on its own: a command, a start-up seed, an event listener or a job. Such work runs
 * inside {@link #run} and is recorded as {@link #NAME}; it is not scoped to a region. Outside it, work with
 * no officer signed in is refused: the absence of an officer never means "everywhere".
 */
public final class SystemActor {

    /** How the system appears in the audit log and in a resident's history. */
    public static final String NAME = "system";
    /** The role column of the system's audit entries. */
    public static final String ROLE = "SYSTEM";

    private static final ThreadLocal<String> JOB = new ThreadLocal<>();

    private SystemActor() {
    }

    /** Runs {@code work} as the system, naming the job for the log; nests (the outer job's name is kept). */
    public static <T> T call(String job, Supplier<T> work) {
        String outer = JOB.get();
        if (outer == null) {
            JOB.set(job);
        }
        try {
            return work.get();
        } finally {
            if (outer == null) {
                JOB.remove();
            }
        }
    }

    public static void run(String job, Runnable work) {
        call(job, () -> {
            work.run();
            return null;
        });
    }

    /** The system job running on this thread, if any. */
    public static Optional<String> currentJob() {
        return Optional.ofNullable(JOB.get());
    }
}
