package id.ektp.platform.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupSeed} while the context starts, in a lifecycle phase before the web server's:
 * Spring Boot opens the HTTP connector in its own lifecycle (phase {@code Integer.MAX_VALUE - 2048}), and
 * {@code ApplicationRunner}s only run after that, so seeds run as runners would let the port answer
 * before the demo logins exist.
 */
@Component
class SeedsBeforeServing implements SmartLifecycle {

    /** Any phase below the web server's start; the database and Flyway are ready long before lifecycles start. */
    static final int PHASE = 0;

    private final ObjectProvider<StartupSeed> seeds;
    private volatile boolean running;

    SeedsBeforeServing(ObjectProvider<StartupSeed> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void start() {
        seeds.orderedStream().forEach(StartupSeed::seed);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
