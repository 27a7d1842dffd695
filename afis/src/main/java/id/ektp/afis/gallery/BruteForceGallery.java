package id.ektp.afis.gallery;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.template.EnrolmentCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * The baseline gallery: every person in scope is compared with the probe by SourceAFIS, finger by
 * finger at the same position, on a pool with one worker per core. Templates live on the heap (7-16 KB
 * per finger). Later work (a shortlist index) must beat this on speed without losing its accuracy.
 */
public final class BruteForceGallery implements Gallery {


    private final ConcurrentHashMap<UUID, TenPrint> records = new ConcurrentHashMap<>();
    private final MatchPolicy policy;
    private final ForkJoinPool workers;
    private volatile boolean closed;

    public BruteForceGallery() {
        this(MatchPolicy.DEFAULT);
    }

    public BruteForceGallery(MatchPolicy policy) {
        this(policy, Runtime.getRuntime().availableProcessors());
    }

    public BruteForceGallery(MatchPolicy policy, int threads) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.workers = new ForkJoinPool(threads);
    }

    @Override
    public void insert(UUID referenceId, TenPrint record) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(record, "record");
        checkOpen();
        record.fingers().values().forEach(EnrolmentCheck::enrollable);
        if (records.putIfAbsent(referenceId, record) != null) {
            throw new AfisException(Reason.DUPLICATE_REFERENCE_ID, "reference ID " + referenceId + " is already enrolled");
        }
    }

    @Override
    public Identification identify(TenPrint probe, SearchScope scope, int maxCandidates) {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(scope, "scope");
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be at least 1, was " + maxCandidates);
        }
        checkOpen();
        ProbeMatcher matcher = new ProbeMatcher(probe);
        List<Map.Entry<UUID, TenPrint>> persons = inScope(scope);
        List<Candidate> best = workers.submit(() -> persons.parallelStream()
                .map(e -> candidate(e.getKey(), matcher.scores(e.getValue())))
                .collect(() -> new TopCandidates(maxCandidates), TopCandidates::add, TopCandidates::addAll)
                .candidates()).join();
        return Identification.ranked(best, maxCandidates, persons.size());
    }

    /**
     * A snapshot of the persons to compare: an array list splits evenly across the workers, and the
     * count reported is exactly the persons compared even while others insert or delete.
     */
    private List<Map.Entry<UUID, TenPrint>> inScope(SearchScope scope) {
        List<Map.Entry<UUID, TenPrint>> persons = new ArrayList<>();
        if (scope.referenceIds().isEmpty()) {
            records.forEach((id, record) -> persons.add(Map.entry(id, record)));
            return persons;
        }
        for (UUID id : new LinkedHashSet<>(scope.referenceIds().get())) {
            TenPrint record = records.get(id);
            if (record != null) {
                persons.add(Map.entry(id, record));
            }
        }
        return persons;
    }

    @Override
    public Verification verify(UUID referenceId, TenPrint probe) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(probe, "probe");
        checkOpen();
        TenPrint record = records.get(referenceId);
        if (record == null) {
            throw new AfisException(Reason.UNKNOWN_REFERENCE_ID, "reference ID " + referenceId + " is not enrolled");
        }
        Map<FingerPosition, Double> scores = new ProbeMatcher(probe).scores(record);
        double fused = policy.fusion().fuse(scores);
        return new Verification(referenceId, fused, scores, policy.thresholds().verifies(fused));
    }

    @Override
    public boolean delete(UUID referenceId) {
        checkOpen();
        return records.remove(Objects.requireNonNull(referenceId, "referenceId")) != null;
    }

    @Override
    public boolean contains(UUID referenceId) {
        return records.containsKey(referenceId);
    }

    @Override
    public int count() {
        return records.size();
    }

    @Override
    public MatchPolicy policy() {
        return policy;
    }

    /** A snapshot of the enrolled records, for the store and for tools. */
    public Map<UUID, TenPrint> records() {
        return Map.copyOf(records);
    }

    @Override
    public void close() {
        closed = true;
        workers.shutdown();
    }

    private Candidate candidate(UUID referenceId, Map<FingerPosition, Double> scores) {
        return policy.candidate(referenceId, scores);
    }

    private void checkOpen() {
        if (closed) {
            throw new AfisException(Reason.CLOSED, "gallery is closed");
        }
    }

    /** Bounded min-heap of the best candidates seen by one worker; merged across workers. */
    private static final class TopCandidates {
        private final int limit;
        private final PriorityQueue<Candidate> heap = new PriorityQueue<>(Candidate.BEST_FIRST.reversed());

        TopCandidates(int limit) {
            this.limit = limit;
        }

        void add(Candidate candidate) {
            heap.add(candidate);
            if (heap.size() > limit) {
                heap.poll();
            }
        }

        void addAll(TopCandidates other) {
            other.heap.forEach(this::add);
        }

        List<Candidate> candidates() {
            return new ArrayList<>(heap);
        }
    }
}
