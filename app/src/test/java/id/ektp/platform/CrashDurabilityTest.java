package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.platform.RegistryClient.Registered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps every acknowledged write: the platform and its PostgreSQL server are killed
 * together (SIGKILL) at a random moment while officers register residents, three times; every restart works
 * the first time, every registration that was answered 201 is there with its data, and no NIK or KK number
 * was ever given to two people.
 */
class CrashDurabilityTest {

    static final int ROUNDS = 3;
    static final int OFFICERS = 6;
    static final String BIRTH_DATE = "1990-05-17"; // one NIK prefix for everyone: every registration contends for one counter

    @TempDir
    Path work;

    final Map<String, Registered> byNik = new ConcurrentHashMap<>();
    /** One permit per acknowledged registration: what the kill waits for. */
    private final Semaphore acknowledgements = new Semaphore(0);
    final Map<String, Registered> byKk = new ConcurrentHashMap<>();
    final List<String> issuedTwice = new CopyOnWriteArrayList<>();
    final AtomicInteger serial = new AtomicInteger();

    /** A failed run must not leave a server behind. */
    @AfterEach
    void stopAnyServerLeftBehind() throws Exception {
        PlatformProcess.postmaster(work.resolve("data").resolve("postgres")).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void everyAcknowledgedRegistrationSurvivesKillingThePlatformAndItsDatabaseUnderLoad() throws Exception {
        Path data = work.resolve("data").resolve("postgres");
        Random random = new Random();
        ExecutorService officers = Executors.newFixedThreadPool(OFFICERS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                long startedAt = System.nanoTime();
                PlatformProcess platform = PlatformProcess.startDemo(data, work.resolve("round-" + round + ".log"),
                        "--ektp.demo.population=1");
                long startMillis = (System.nanoTime() - startedAt) / 1_000_000;
                try {
                    RegistryClient client = RegistryClient.serviceOfficer(platform.httpPort);
                    assertEveryAcknowledgedResidentIsPresent(client, officers);
                    int before = byNik.size();
                    acknowledgements.drainPermits(); // count this round's acknowledgements only
                    AtomicBoolean killed = new AtomicBoolean();
                    List<Future<?>> load = new ArrayList<>();
                    for (int i = 0; i < OFFICERS; i++) {
                        load.add(officers.submit(() -> registerUntil(killed, client)));
                    }
                    // The kill falls at a random moment under load: after a random number (20 to 400) of
                    // further acknowledged registrations, counted as they arrive.
                    int further = 20 + random.nextInt(381);
                    assertThat(acknowledgements.tryAcquire(further, 120, TimeUnit.SECONDS))
                            .as("%d registrations acknowledged in round %d before the kill", further, round).isTrue();
                    platform.killWithDatabase(data);
                    killed.set(true);
                    for (Future<?> f : load) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                    System.out.printf("round %d: start %d ms, %d registrations acknowledged before the kill (%d in all)%n",
                            round, startMillis, byNik.size() - before, byNik.size());
                    assertThat(byNik.size()).as("registrations acknowledged in round %d", round).isGreaterThan(before);
                } finally {
                    platform.close();
                }
            }
            try (PlatformProcess last = PlatformProcess.startDemo(data, work.resolve("after.log"), "--ektp.demo.population=1")) {
                assertEveryAcknowledgedResidentIsPresent(RegistryClient.serviceOfficer(last.httpPort), officers);
                last.stop();
            }
        } finally {
            officers.shutdownNow();
        }
        assertThat(issuedTwice).as("numbers issued to two different people").isEmpty();
    }

    private Void registerUntil(AtomicBoolean killed, RegistryClient client) {
        while (!killed.get()) {
            String name = "WARGA UJI " + letters(serial.incrementAndGet());
            try {
                Registered r = client.register(name, BIRTH_DATE);
                if (r != null) {
                    acknowledged(r);
                }
            } catch (Exception e) {
                PlatformProcess.sleep(20); // the platform is gone: the answer never came, so nothing was promised
            }
        }
        return null;
    }

    private void acknowledged(Registered r) {
        acknowledgements.release();
        Registered earlier = byNik.putIfAbsent(r.nik(), r);
        if (earlier != null) {
            issuedTwice.add("NIK " + r.nik() + ": " + earlier.fullName() + " and " + r.fullName());
        }
        Registered family = byKk.putIfAbsent(r.kkNumber(), r);
        if (family != null) {
            issuedTwice.add("KK " + r.kkNumber() + ": " + family.fullName() + " and " + r.fullName());
        }
    }

    private void assertEveryAcknowledgedResidentIsPresent(RegistryClient client, ExecutorService readers) throws Exception {
        List<String> lost = new CopyOnWriteArrayList<>();
        List<Callable<Void>> reads = new ArrayList<>();
        for (Registered expected : byNik.values()) {
            reads.add(() -> {
                Registered now = client.read(expected.nik());
                if (!expected.equals(now)) {
                    lost.add(expected + " is now " + now);
                }
                return null;
            });
        }
        for (Future<Void> read : readers.invokeAll(reads)) {
            read.get();
        }
        assertThat(lost).as("acknowledged registrations lost or changed after a restart (of %d)", byNik.size()).isEmpty();
    }

    /** Names take letters only: 1 -> A, 27 -> AA. */
    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int v = n; v > 0; v = (v - 1) / 26) {
            sb.insert(0, (char) ('A' + (v - 1) % 26));
        }
        return sb.toString();
    }
}
