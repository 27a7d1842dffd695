package id.ektp.afis.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;
import com.hazelcast.partition.Partition;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.gallery.Verification;
import id.ektp.afis.index.FastGallery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@link Gallery} over the cluster, on the caller (a Hazelcast lite member: it holds no partition).
 * A search runs in two steps where the partitions live: each member scans its partitions' codes and
 * sends back its best persons with their first-stage scores; the caller merges those lists into the one
 * list a single {@link FastGallery} of everyone would have made, and sends each member its persons with
 * their ranks in it; each member compares them with SourceAFIS from its own templates, as deep as the
 * rank says, and sends back candidates. So the answer is the single gallery's, every candidate with its
 * scores, while the whole gallery is within {@code FastGallery}'s one-pass scan (262,144 persons; beyond,
 * the single gallery's two-pass bar depends on its blocks, README "Agreement"), and only IDs and scores travel.
 *
 * <p>Never fewer persons silently: a search fails with {@link Reason#GALLERY_UNAVAILABLE} when a
 * partition was lost (more members down than the backup covers), when no member owns a partition, or
 * when the members together searched fewer persons than the cluster has confirmed. Inserts go to the
 * source of truth first, then to the partition's owner and backup.
 */
public final class ClusteredGallery implements Gallery {

    private static final Duration SETTLE = Duration.ofSeconds(120);
    /** How long open waits for the members to build their shards from their replicas. */
    private static final Duration BUILD = Duration.ofMinutes(15);
    /**
     * How long open waits, its own join included, for a first data member before it gives up: a member
     * that is up joins in seconds, so a minute without one means none is reachable.
     */
    public static final Duration MEMBER_WAIT = Duration.ofSeconds(50);

    private final HazelcastInstance hazelcast;
    private final IMap<UUID, byte[]> persons;
    private final IExecutorService executor;
    private final PersonSource source;
    private final MatchPolicy policy;
    private final ClusterSettings settings;
    private final Set<Integer> lost = ConcurrentHashMap.newKeySet();
    /** Persons stored in the source whose cluster insert did not complete: retried before each search. */
    private final Set<UUID> unconfirmed = ConcurrentHashMap.newKeySet();
    /** A lower bound of the persons the cluster must hold: a search that saw fewer missed some. */
    private final AtomicLong confirmed = new AtomicLong();
    private volatile boolean closed;

    private ClusteredGallery(HazelcastInstance hazelcast, PersonSource source, MatchPolicy policy, ClusterSettings settings) {
        this.hazelcast = hazelcast;
        this.source = source;
        this.policy = policy;
        this.settings = settings;
        this.persons = hazelcast.getMap(ClusterSettings.PERSONS);
        this.executor = hazelcast.getExecutorService(ClusterSettings.SEARCH);
        persons.addPartitionLostListener(event -> lost.add(event.getPartitionId()));
    }

    /**
     * Joins the cluster as a lite member and waits until the members have loaded every person of the
     * source (the map's eager initial load) and the partitions are safe; fails if no data member has joined
     * within {@link #MEMBER_WAIT}.
     */
    public static ClusteredGallery open(ClusterSettings settings, PersonSource source, MatchPolicy policy) {
        return open(settings, source, policy, MEMBER_WAIT);
    }

    /**
     * As {@link #open(ClusterSettings, PersonSource, MatchPolicy)}, waiting {@code memberWait} for the first
     * data member.
     *
     * @throws AfisException {@code GALLERY_UNAVAILABLE} naming the member addresses when no data member joined
     *                       within {@code memberWait}: without one, nothing could be searched, and the waits for
     *                       the load and the shards after it would add up to a quarter of an hour of silence
     */
    public static ClusteredGallery open(ClusterSettings settings, PersonSource source, MatchPolicy policy, Duration memberWait) {
        long started = System.nanoTime();
        // the lite member holds no partition, so its loader never loads; the map store must still be
        // configured on it for restoreFromSource's loadAll
        HazelcastInstance instance = Hazelcast.newHazelcastInstance(settings.config(true, new SourceLoader(source)));
        try {
            // before the map is touched: on a cluster of lite members only, its eager load would wait for nobody
            awaitDataMember(instance, settings, started + memberWait.toNanos(), memberWait);
        } catch (RuntimeException e) {
            instance.shutdown();
            throw e;
        }
        ClusteredGallery gallery = new ClusteredGallery(instance, source, policy, settings);
        try {
            gallery.awaitLoaded();
            if (!gallery.buildShards(System.nanoTime() + BUILD.toNanos())) {
                throw new AfisException(Reason.GALLERY_UNAVAILABLE, "the members did not build their shards within " + BUILD.toMinutes() + " min");
            }
            return gallery;
        } catch (RuntimeException e) {
            instance.shutdown();
            throw e;
        }
    }

    private static void awaitDataMember(HazelcastInstance instance, ClusterSettings settings, long deadline, Duration memberWait) {
        while (instance.getCluster().getMembers().stream().allMatch(Member::isLiteMember)) {
            if (System.nanoTime() > deadline) {
                throw new AfisException(Reason.GALLERY_UNAVAILABLE, "no gallery member of cluster " + settings.clusterName()
                        + " answered within " + memberWait.toSeconds() + " s at " + String.join(", ", settings.members())
                        + " (this side bound to " + settings.bindInterface() + "): start the members (GalleryMemberCommand),"
                        + " check that their cluster name is the same and that the private network lets this machine reach them");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private void awaitLoaded() {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        int expected = source.count();
        while (persons.size() < expected || !hazelcast.getPartitionService().isClusterSafe()) {
            if (System.nanoTime() > deadline) {
                throw new AfisException(Reason.GALLERY_UNAVAILABLE, "the cluster holds " + persons.size() + " of the source's "
                        + expected + " persons after " + SETTLE.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        confirmed.set(expected);
    }

    /**
     * Waits until every partition has its backup again (after a member left or joined) and each member
     * has built its shard of the partitions it owns now, so that the next search does not build them;
     * false on timeout.
     */
    public boolean awaitSafe(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hazelcast.getPartitionService().isClusterSafe()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return buildShards(deadline);
    }

    /**
     * Has every data member build its shard of the partitions it owns (asked again while partitions move);
     * false if the deadline passed first. Why here and not in the search: a member that gains partitions
     * builds their codes from its replica, minutes for tens of thousands of persons on a loaded machine,
     * longer than a search waits for a member's answer.
     */
    private boolean buildShards(long deadline) {
        while (true) {
            Map<Member, List<Integer>> owners = owners();
            boolean built = owners != null;
            if (built) {
                Map<Member, Future<Answer>> builds = new HashMap<>();
                owners.forEach((member, partitions) -> builds.put(member,
                        executor.submitToMember(new MemberTask.BuildShards(partitions.stream().mapToInt(Integer::intValue).toArray()), member)));
                for (Future<Answer> build : builds.values()) {
                    Answer answer = await(build, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                    built &= answer != null && answer.kind == Answer.BUILT;
                }
            }
            if (built) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** The data members now in the cluster. */
    public int members() {
        return (int) hazelcast.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).count();
    }

    /** Partitions lost with all their replicas and not yet restored. */
    public Set<Integer> lostPartitions() {
        return Set.copyOf(lost);
    }

    /**
     * Reloads the lost partitions' persons from the source of truth into their new owners (and backups)
     * and lets the owners rebuild their indexes; searches work again once it returns.
     */
    public void restoreFromSource() {
        Set<Integer> restoring = new TreeSet<>(lost);
        if (restoring.isEmpty()) {
            return;
        }
        Set<UUID> keys = new LinkedHashSet<>();
        for (UUID id : source.referenceIds()) {
            if (restoring.contains(hazelcast.getPartitionService().getPartition(id).getPartitionId())) {
                keys.add(id);
            }
        }
        persons.loadAll(keys, true);
        int[] partitions = restoring.stream().mapToInt(Integer::intValue).toArray();
        for (Future<Answer> answer : executor.submitToMembers(new MemberTask.Restored(partitions), dataMembers()).values()) {
            await(answer);
        }
        lost.removeAll(restoring);
    }

    @Override
    public void insert(UUID referenceId, TenPrint record) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(record, "record");
        checkOpen();
        record.fingers().values().forEach(id.ektp.afis.template.EnrolmentCheck::enrollable);
        source.insert(referenceId, record);
        unconfirmed.add(referenceId);
        confirm(referenceId);
    }

    /** Puts a person of the source into its partition's owner and backup (idempotent: a retry is harmless). */
    private void confirm(UUID referenceId) {
        byte[] bytes = PersonRecord.encode(source.find(referenceId).orElseThrow());
        try {
            persons.executeOnKey(referenceId, new PersonChange.Enrol(bytes, false));
        } catch (RuntimeException e) {
            throw new AfisException(Reason.GALLERY_UNAVAILABLE, "person " + referenceId
                    + " is stored in the source but not yet in the cluster (retried before the next search): " + e, e);
        }
        if (unconfirmed.remove(referenceId)) {
            confirmed.incrementAndGet();
        }
    }

    @Override
    public boolean delete(UUID referenceId) {
        checkOpen();
        if (!source.contains(referenceId)) {
            return false;
        }
        confirmed.decrementAndGet();
        source.delete(referenceId);
        unconfirmed.remove(referenceId);
        persons.executeOnKey(referenceId, new PersonChange.Remove(false));
        return true;
    }

    @Override
    public Identification identify(TenPrint probe, SearchScope scope, int maxCandidates) {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(scope, "scope");
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be at least 1, was " + maxCandidates);
        }
        checkOpen();
        for (UUID id : List.copyOf(unconfirmed)) {
            confirm(id);
        }
        byte[] probeBytes = PersonRecord.encode(probe);
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            failIfLost();
            Identification result = scope.referenceIds().isPresent()
                    ? searchListed(probeBytes, scope.referenceIds().get(), maxCandidates)
                    : searchAll(probeBytes, maxCandidates);
            if (result != null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new AfisException(Reason.GALLERY_UNAVAILABLE, "the partitions kept moving for " + SETTLE.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** A search of everyone, or null if the partition table changed under it (the caller retries). */
    private Identification searchAll(byte[] probe, int maxCandidates) {
        Map<Member, List<Integer>> owners = owners();
        if (owners == null) {
            return null;
        }
        int size = Math.max(settings.screened(), maxCandidates);
        Map<Member, Future<Answer>> firsts = new HashMap<>();
        owners.forEach((member, partitions) -> firsts.put(member,
                executor.submitToMember(new MemberTask.FirstStage(probe, partitions.stream().mapToInt(Integer::intValue).toArray(), size), member)));
        long searched = 0;
        List<FastGallery.Shortlisted> merged = new ArrayList<>();
        Map<UUID, Member> holder = new HashMap<>();
        for (Map.Entry<Member, Future<Answer>> first : firsts.entrySet()) {
            Answer answer = received(await(first.getValue()));
            if (answer == null) {
                return null;
            }
            searched += answer.searched;
            merged.addAll(answer.shortlist);
            answer.shortlist.forEach(s -> holder.put(s.referenceId(), first.getKey()));
        }
        merged.sort(Answer.BY_SCORE);
        if (merged.size() > size) {
            merged = merged.subList(0, size);
        }
        boolean cascade = searched > size;
        Map<Member, Map<UUID, Integer>> ranks = new HashMap<>();
        for (int rank = 0; rank < merged.size(); rank++) {
            UUID id = merged.get(rank).referenceId();
            ranks.computeIfAbsent(holder.get(id), m -> new HashMap<>()).put(id, rank);
        }
        List<Candidate> candidates = secondStage(probe, ranks, maxCandidates, cascade);
        if (candidates == null) {
            return null;
        }
        if (cascade) {
            candidates = decidedHeadOnly(candidates, merged, maxCandidates);
        }
        if (searched < confirmed.get()) {
            throw new AfisException(Reason.GALLERY_UNAVAILABLE, "the members searched " + searched + " persons but the cluster holds "
                    + confirmed.get() + ": a partition is missing (lost or not yet restored), so no answer is given");
        }
        return Identification.ranked(candidates, maxCandidates, (int) searched);
    }

    /**
     * A single gallery stops comparing its list once the head (the first {@code maxCandidates} ranks)
     * holds a certain duplicate ({@link FastGallery.Plan#DECIDED_STOP}). Each member stops on its own part
     * of the head only, so when another member's part decided, this member's tail candidates are dropped
     * here: the answer is then the single gallery's exactly.
     */
    private static List<Candidate> decidedHeadOnly(List<Candidate> candidates, List<FastGallery.Shortlisted> merged, int maxCandidates) {
        Set<UUID> head = new HashSet<>();
        for (int rank = 0; rank < Math.min(maxCandidates, merged.size()); rank++) {
            head.add(merged.get(rank).referenceId());
        }
        boolean decided = candidates.stream().anyMatch(c -> head.contains(c.referenceId()) && c.decision() == Decision.DUPLICATE);
        return decided ? candidates.stream().filter(c -> head.contains(c.referenceId())).toList() : candidates;
    }

    private Identification searchListed(byte[] probe, List<UUID> ids, int maxCandidates) {
        Map<Member, Map<UUID, Integer>> byOwner = new HashMap<>();
        int rank = 0;
        for (UUID id : new LinkedHashSet<>(ids)) {
            Member owner = hazelcast.getPartitionService().getPartition(id).getOwner();
            if (owner == null) {
                return null;
            }
            byOwner.computeIfAbsent(owner, m -> new HashMap<>()).put(id, rank++);
        }
        List<Candidate> candidates = secondStage(probe, byOwner, maxCandidates, false);
        return candidates == null ? null : Identification.ranked(candidates, maxCandidates, candidates.size());
    }

    private List<Candidate> secondStage(byte[] probe, Map<Member, Map<UUID, Integer>> ranks, int maxCandidates, boolean cascade) {
        Map<Member, Future<Answer>> seconds = new HashMap<>();
        ranks.forEach((member, theirs) -> seconds.put(member,
                executor.submitToMember(new MemberTask.SecondStage(probe, theirs, maxCandidates, cascade), member)));
        List<Candidate> candidates = new ArrayList<>();
        for (Future<Answer> second : seconds.values()) {
            Answer answer = received(await(second));
            if (answer == null) {
                return null;
            }
            candidates.addAll(answer.candidates);
        }
        return candidates;
    }

    /** Each data member and the partitions it owns now; null while a partition has no owner. */
    private Map<Member, List<Integer>> owners() {
        Map<Member, List<Integer>> owners = new HashMap<>();
        for (Partition partition : hazelcast.getPartitionService().getPartitions()) {
            Member owner = partition.getOwner();
            if (owner == null) {
                return null;
            }
            owners.computeIfAbsent(owner, m -> new ArrayList<>()).add(partition.getPartitionId());
        }
        return owners;
    }

    private Set<Member> dataMembers() {
        Set<Member> members = new LinkedHashSet<>();
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (!member.isLiteMember()) {
                members.add(member);
            }
        }
        return members;
    }

    private void failIfLost() {
        if (!lost.isEmpty()) {
            throw new AfisException(Reason.GALLERY_UNAVAILABLE, unavailableMessage(lost));
        }
    }

    private static String unavailableMessage(Set<Integer> partitions) {
        return "gallery partitions " + new TreeSet<>(partitions) + " were lost with their backup (more members down than the "
                + ClusterSettings.BACKUPS + " backup covers): no search until they are restored from the source of truth";
    }

    /** The answer, null if the member could not answer for a partition that moved; throws if partitions were lost. */
    private Answer received(Answer answer) {
        if (answer == null) {
            return null;
        }
        if (answer.kind == Answer.UNAVAILABLE) {
            lost.addAll(answer.partitions);
            throw new AfisException(Reason.GALLERY_UNAVAILABLE, unavailableMessage(Set.copyOf(answer.partitions)));
        }
        return answer.kind == Answer.MOVED ? null : answer;
    }

    /** A member's answer; null if the member left before answering (the search is asked again). */
    private static Answer await(Future<Answer> future) {
        return await(future, SETTLE);
    }

    private static Answer await(Future<Answer> future, Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AfisException(Reason.GALLERY_UNAVAILABLE, "interrupted while waiting for a member", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause == null || cause instanceof com.hazelcast.core.MemberLeftException
                    || cause instanceof com.hazelcast.spi.exception.RetryableException
                    || cause instanceof com.hazelcast.spi.exception.TargetDisconnectedException
                    || cause instanceof com.hazelcast.core.HazelcastInstanceNotActiveException) {
                return null;   // the member went away: ask again with the partition table as it is now
            }
            throw new AfisException(Reason.GALLERY_UNAVAILABLE, "a member failed the search: " + cause, cause);
        } catch (TimeoutException e) {
            throw new AfisException(Reason.GALLERY_UNAVAILABLE, "a member did not answer within " + timeout.toSeconds() + " s", e);
        }
    }

    @Override
    public Verification verify(UUID referenceId, TenPrint probe) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(probe, "probe");
        checkOpen();
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            failIfLost();
            Answer answer = received(await(executor.submitToKeyOwner(new MemberTask.Verify(referenceId, PersonRecord.encode(probe)), referenceId)));
            if (answer != null && answer.kind == Answer.UNKNOWN) {
                throw new AfisException(Reason.UNKNOWN_REFERENCE_ID, "reference ID " + referenceId + " is not enrolled");
            }
            if (answer != null) {
                return answer.verification;
            }
            if (System.nanoTime() > deadline) {
                throw new AfisException(Reason.GALLERY_UNAVAILABLE, "the partitions kept moving for " + SETTLE.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    @Override
    public boolean contains(UUID referenceId) {
        return source.contains(referenceId);
    }

    @Override
    public int count() {
        return source.count();
    }

    @Override
    public MatchPolicy policy() {
        return policy;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            hazelcast.shutdown();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new AfisException(Reason.CLOSED, "gallery is closed");
        }
    }
}
