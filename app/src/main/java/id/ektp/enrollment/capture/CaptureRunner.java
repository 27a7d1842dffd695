package id.ektp.enrollment.capture;

import id.ektp.enrollment.web.Refusal;
import id.ektp.platform.domain.FieldProblem;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Takes the remaining steps of a capture one after another off the request, for the operator's page,
 * which shows each image as it is stored (it polls). The steps run as the operator who started them
 * (their security context travels with the work), so every step is theirs in the audit log. It stops at
 * the first step that is refused or fails and keeps that reason for the page; what was stored stays, and
 * a later run (or a run after a restart) continues from there.
 */
@Component
class CaptureRunner {

    /** Where a run stands: running, or stopped with the reason it stopped (none when it simply finished). */
    record RunState(boolean running, FieldProblem stoppedBy) {
    }

    private final Capture capture;
    private final Map<UUID, RunState> runs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "capture-runner");
        t.setDaemon(true);
        return t;
    });

    CaptureRunner(Capture capture) {
        this.capture = capture;
    }

    /** Starts taking the remaining steps; false when a run of this capture is already going. */
    boolean start(UUID id) {
        boolean[] started = {false};
        runs.compute(id, (key, earlier) -> {
            if (earlier != null && earlier.running()) {
                return earlier;
            }
            started[0] = true;
            return new RunState(true, null);
        });
        if (started[0]) {
            workers.execute(new DelegatingSecurityContextRunnable(() -> run(id)));
        }
        return started[0];
    }

    Optional<RunState> state(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }

    private void run(UUID id) {
        FieldProblem stoppedBy = null;
        try {
            while (capture.find(id).nextStep() != null) {
                CaptureView after = capture.captureNext(id);
                if (after.nextStep() != null && after.nextStep().equals("CHIP_CHECK") && after.record().chipAttempts() > 0
                        && !after.record().chipVerified()) {
                    // A chip check that did not match is the operator's to repeat, with the resident's fingers placed again.
                    break;
                }
            }
        } catch (Refusal e) {
            stoppedBy = e.problem();
        } catch (RuntimeException e) {
            stoppedBy = FieldProblem.of("capture", "problem.capture.stopped", "the capture stopped: " + e.getMessage());
        } finally {
            runs.put(id, new RunState(false, stoppedBy));
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
