package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.accounts.audit.AuditVerifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an audited change costs: a short loop of audited changes, each its own transaction, timed and
 * printed (a figure for the README, not an assertion on time).
 */
class AuditAppendCostTest extends AccountsTestSupport {

    private static final int WARM_UP = 100;
    private static final int CHANGES = 500;

    @Autowired
    AuditTrail trail;

    /** The trail as a job of the platform's own uses it (no officer signed in). */
    private final AuditTrail asSystem = (action, id, detail) -> SystemActor.run("test", () -> trail.record(action, id, detail));

    @Autowired
    AuditVerifier verifier;

    @Test
    void aLoopOfAuditedChangesIsTimedAndStillVerifies() {
        for (int i = 0; i < WARM_UP; i++) {
            asSystem.record(AuditAction.RESIDENT_CORRECTED, "warm-up-" + i, "{}");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < CHANGES; i++) {
            asSystem.record(AuditAction.RESIDENT_CORRECTED, "cost-" + i, "{}");
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        // Wall time swings with the machine's load; the calling thread's CPU time much less.
        System.out.printf("audit append cost: %d audited changes in %.1f ms, %.0f µs each (caller CPU %.0f µs each)%n",
                CHANGES, elapsed / 1e6, elapsed / 1e3 / CHANGES, cpu / 1e3 / CHANGES);
        assertThat(verifier.verify().intact()).isTrue();
    }
}
