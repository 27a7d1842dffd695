package id.ektp.identification.uniqueness;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY checkpoints of the search stage. Two uses:
 * <ul>
 * <li>{@code --ektp.test.crash-at=POINT:N} (the crash test's platform process): the N-th time POINT is reached
 * the process prints {@code CRASH-POINT POINT <packet>} and stops there, so the test kills it exactly at that point;</li>
 * <li>{@link #holdSearches} (in-process tests): the given packets wait after their searches until all of them
 * have searched, so none has been inserted when the others searched: the race the re-check must win.</li>
 * </ul>
 */
@Component
class TestCheckpoints implements PipelineCheckpoints {

    private final String crashPoint;
    private final int crashAt;
    private final AtomicInteger reached = new AtomicInteger();
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch allSearched = new CountDownLatch(0);

    TestCheckpoints(@Value("${ektp.test.crash-at:}") String crashAt) {
        String[] parts = crashAt.split(":");
        this.crashPoint = crashAt.isBlank() ? null : parts[0];
        this.crashAt = crashAt.isBlank() ? 0 : Integer.parseInt(parts[1]);
    }

    void holdSearches(Set<UUID> packets) {
        held.clear();
        held.addAll(packets);
        allSearched = new CountDownLatch(packets.size());
    }

    @Override
    public void reached(String point, UUID packetId) {
        if (point.equals(crashPoint) && reached.incrementAndGet() == crashAt) {
            System.out.println("CRASH-POINT " + point + " " + packetId);
            System.out.flush();
            try {
                new CountDownLatch(1).await(); // until the test kills the process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (SEARCHED.equals(point) && held.contains(packetId)) {
            CountDownLatch latch = allSearched;
            latch.countDown();
            try {
                if (!latch.await(60, TimeUnit.SECONDS)) {
                    throw new AssertionError("the held searches did not all arrive");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
