package id.ektp.afis.index;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.gallery.Verification;
import id.ektp.afis.store.AtRestKey;
import id.ektp.afis.template.EnrolmentCheck;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateFormat;
import id.ektp.afis.template.TemplateInterchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * The fast 1:N gallery (issue 5): the same {@link Gallery} contract and decisions as
 * {@code BruteForceGallery}, in two stages. The first scans every enrolled person's compact finger
 * codes ({@link FingerCode}, in primitive arrays, all cores, one task per partition) and keeps a
 * shortlist; the second reads the shortlist's full templates from the on-disk {@link TemplateFile},
 * compares them with SourceAFIS finger by finger, and lets the policy's fusion rule and thresholds
 * decide, exactly as brute force would for those persons. Searches limited to a list of reference IDs,
 * and verify, skip the first stage and compare every listed person.
 *
 * <p>Memory is the codes (about 1.4 KB a person, see {@link CodeTable}) plus the ID map; the
 * templates stay on disk. {@link #close} writes a snapshot of the codes so that a restart reads them
 * back instead of recomputing them; records appended after the last snapshot are re-encoded from the
 * template file on open.
 */
public final class FastGallery implements Gallery {

    /**
     * @param shortlist persons passed from the first stage to SourceAFIS on their three best-agreeing
     *                  fingers (chosen from the measured recall-against-penetration curve, README "Fast 1:N")
     * @param screened  the first stage's list goes on to this rank: the persons after the shortlist are
     *                  screened on their single best-agreeing finger, a tenth of a full comparison, which
     *                  catches the mates whose codes agree only weakly (about 1 % of them rank 200-1,000)
     * @param threads   worker threads for both stages
     * @param plan      how a search goes through the stages ({@link Plan#DEFAULT} ships; the other is kept
     *                  so that the benchmark measures both in one run)
     */
    public record Options(int shortlist, int screened, int threads, Plan plan) {
        /**
         * Head of 10 in full, then everything to rank 1,000 screened on its best-agreeing finger: every
         * mate the codes ranked 10-1,000 among 1,000 mated probes at 100,000 persons scored 24 or more on
         * that finger (README, "Fast 1:N"), so the shortlist's three-finger cascade bought nothing there.
         */
        public static final Options DEFAULT = new Options(10, 1000, Runtime.getRuntime().availableProcessors());
        /** What issue 5 shipped: shortlist 200 by the three-finger cascade, screened to 1,000, every listed person compared. */
        public static final Options ISSUE_5 = new Options(200, 1000, Runtime.getRuntime().availableProcessors(), Plan.WHOLE_LIST);

        public Options {
            if (shortlist < 1) {
                throw new IllegalArgumentException("shortlist must be at least 1, was " + shortlist);
            }
            if (screened < shortlist) {
                throw new IllegalArgumentException("screened (" + screened + ") must be at least the shortlist (" + shortlist + ")");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            Objects.requireNonNull(plan, "plan");
        }

        public Options(int shortlist, int screened, int threads) {
            this(shortlist, screened, threads, Plan.DEFAULT);
        }

        /** A shortlist screened on to five times its length, as the default. */
        public Options(int shortlist, int threads) {
            this(shortlist, 5 * shortlist, threads);
        }

        /** The same depths and threads with another plan. */
        public Options with(Plan other) {
            return new Options(shortlist, screened, threads, other);
        }
    }

    /** How a search goes through the two stages. */
    public enum Plan {
        /**
         * What issue 5 shipped (session 3): the two-pass scan at every gallery size, the matchers
         * SourceAFIS itself builds, and every listed person compared (head in full, shortlist by the
         * cascade, tail by the screen). The baseline the benchmark measures the default against.
         */
        WHOLE_LIST,
        /**
         * Issue 16: a one-pass scan while the gallery holds at most {@value FastGallery#ONE_PASS_UP_TO}
         * persons; the probe compared by the flat matcher ({@code template.FlatMatcher}: SourceAFIS's scores,
         * bit for bit, a fifth to a quarter sooner), the screened tail in finger order (one probe finger's
         * hash in the cache at a time); the
         * head in full first, and once a head candidate reaches the duplicate threshold the rest of the
         * list is not compared ({@link DecidedDuplicate}).
         */
        DECIDED_STOP;

        public static final Plan DEFAULT = DECIDED_STOP;
    }

    /**
     * Up to this many persons {@link Plan#DECIDED_STOP} scans every finger in one pass. Why: at 100,000
     * persons the scan is a tenth of a search, and pass one of the two-pass scan dropped 2 of 1,000 mates
     * that a one-pass scan ranks first and fifth (and 3 of the 4 mates missed in issue 5's run); from
     * 16 partitions on, the scan is the larger cost and two passes pay.
     */
    static final int ONE_PASS_UP_TO = 16 * CodeTable.PARTITION;

    private static final String TEMPLATES = "templates.log";
    private static final TemplateInterchange INTERCHANGE = new TemplateInterchange();

    private final Path directory;
    private final MatchPolicy policy;
    private final Options options;
    private final TemplateFile templates;
    /** The key the folder's files are sealed under; null when they are in the clear. */
    private final AtRestKey key;
    private final CodeTable table = new CodeTable();
    private final ConcurrentHashMap<UUID, Integer> slots = new ConcurrentHashMap<>();
    private final ForkJoinPool workers;
    private final Object writeLock = new Object();
    /** SourceAFIS finger comparisons made by identify and verify since the gallery opened (what the benchmark and tests count). */
    private final LongAdder comparisons = new LongAdder();
    private volatile boolean closed;
    /** Only a fully loaded gallery may write a snapshot: a half-loaded one would lose records. */
    private boolean loaded;

    private FastGallery(Path directory, MatchPolicy policy, Options options, AtRestKey key) {
        this.directory = directory;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.options = Objects.requireNonNull(options, "options");
        this.key = key;
        this.templates = TemplateFile.open(directory.resolve(TEMPLATES), key);
        this.workers = new ForkJoinPool(options.threads());
    }

    /**
     * Opens the gallery kept in {@code directory} (created if absent) with its files in the clear:
     * measurements, derived copies and folders written before sealing. A gallery that keeps real persons'
     * templates is opened with {@link #open(Path, MatchPolicy, Options, AtRestKey)}.
     */
    public static FastGallery open(Path directory, MatchPolicy policy, Options options) {
        return openWith(directory, policy, options, null);
    }

    /**
     * Opens the gallery kept in {@code directory} (created if absent), its template file and index
     * snapshot sealed at rest under {@code key}: reads the snapshot, then re-encodes whatever the template
     * file holds beyond it.
     *
     * @throws AfisException {@link Reason#WRONG_STORE_KEY} if the folder was sealed under another key;
     *                       {@link Reason#STORE_NOT_SEALED} if it holds its files in the clear;
     *                       {@link Reason#CORRUPT_STORE} if a record or the snapshot was altered
     */
    public static FastGallery open(Path directory, MatchPolicy policy, Options options, AtRestKey key) {
        return openWith(directory, policy, options, Objects.requireNonNull(key, "key"));
    }

    private static FastGallery openWith(Path directory, MatchPolicy policy, Options options, AtRestKey key) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot create " + directory + ": " + e, e);
        }
        FastGallery gallery = new FastGallery(directory, policy, options, key);
        try {
            gallery.load();
            gallery.loaded = true;
            return gallery;
        } catch (RuntimeException e) {
            gallery.close();
            throw e;
        }
    }

    public static FastGallery open(Path directory) {
        return open(directory, MatchPolicy.DEFAULT, Options.DEFAULT);
    }

    private void load() {
        long covered = IndexSnapshot.read(directory, table, templates, key);
        for (int slot = 0; slot < table.size(); slot++) {
            if (table.alive(slot)) {
                slots.put(table.referenceId(slot), slot);
            }
        }
        List<Replayed> batch = new ArrayList<>();
        templates.replay(covered, new TemplateFile.Visitor() {
            @Override
            public void inserted(UUID referenceId, long offset, StoredFinger[] fingers) {
                batch.add(new Replayed(referenceId, offset, fingers));
                if (batch.size() == 4096) {
                    appendEncoded(batch);
                }
            }

            @Override
            public void deleted(UUID referenceId) {
                appendEncoded(batch);
                Integer slot = slots.remove(referenceId);
                if (slot != null) {
                    table.kill(slot);
                }
            }
        });
        appendEncoded(batch);
    }

    /** Re-encodes replayed records on all cores, then appends them in log order. */
    private void appendEncoded(List<Replayed> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Encoded[] encoded = workers.submit(() -> batch.parallelStream()
                .map(r -> Encoded.of(r.fingers())).toArray(Encoded[]::new)).join();
        for (int i = 0; i < encoded.length; i++) {
            UUID id = batch.get(i).referenceId();
            Integer previous = slots.remove(id);
            if (previous != null) {
                table.kill(previous);
            }
            slots.put(id, table.append(id, batch.get(i).offset(), encoded[i].mask, encoded[i].codes, encoded[i].weights));
        }
        batch.clear();
    }

    /** An insert read back from the template file, waiting to be encoded with its batch. */
    private record Replayed(UUID referenceId, long offset, StoredFinger[] fingers) {
    }

    /** The codes of one person, computed outside the writer lock. */
    private record Encoded(int mask, long[] codes, float[] weights) {
        /** Replay: the minutiae come from the stored templates. */
        static Encoded of(StoredFinger[] fingers) {
            Minutiae[] minutiae = new Minutiae[CodeTable.FINGERS];
            for (int f = 0; f < CodeTable.FINGERS; f++) {
                if (fingers[f] != null) {
                    minutiae[f] = fingers[f].minutiae();
                }
            }
            return of(fingers, minutiae);
        }

        static Encoded of(StoredFinger[] fingers, Minutiae[] minutiae) {
            long[] codes = new long[CodeTable.CODE_LONGS];
            float[] weights = new float[CodeTable.FINGERS];
            int mask = 0;
            for (int f = 0; f < CodeTable.FINGERS; f++) {
                if (fingers[f] != null) {
                    FingerCode.encode(minutiae[f], f, codes, f * FingerCode.WORDS);
                    weights[f] = BackgroundModel.effectiveWeight(codes, f * FingerCode.WORDS, f);
                    mask |= 1 << f;
                }
            }
            return new Encoded(mask, codes, weights);
        }
    }

    @Override
    public void insert(UUID referenceId, TenPrint record) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(record, "record");
        checkOpen();
        StoredFinger[] fingers = new StoredFinger[CodeTable.FINGERS];
        Minutiae[] minutiae = new Minutiae[CodeTable.FINGERS];
        record.fingers().values().forEach(EnrolmentCheck::enrollable);
        record.fingers().forEach((position, template) -> {
            int f = position.isoCode() - 1;
            fingers[f] = new StoredFinger(StoredFinger.SOURCEAFIS, template.toBytes());
            minutiae[f] = StoredFinger.minutiaeOf(template);
        });
        append(referenceId, fingers, Encoded.of(fingers, minutiae));
    }

    /**
     * Enrols a person from ISO/IEC 19794-2:2005 records (one finger view each): the bulk path for
     * migrations and for the synthetic population. The codes come from the records' minutiae; the
     * template file keeps each record imported once into SourceAFIS's prepared form, so that the second
     * stage loads it in microseconds instead of importing it on every search.
     *
     * @throws AfisException naming the problem if a record is not a readable ISO 2005 record; nothing is
     *                       stored then
     */
    public void insertIso(UUID referenceId, Map<FingerPosition, byte[]> isoRecords) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(isoRecords, "isoRecords");
        checkOpen();
        if (isoRecords.isEmpty()) {
            throw new AfisException(Reason.EMPTY_TEN_PRINT, "a ten-print needs at least one finger");
        }
        StoredFinger[] fingers = new StoredFinger[CodeTable.FINGERS];
        Minutiae[] minutiae = new Minutiae[CodeTable.FINGERS];
        isoRecords.forEach((position, iso) -> {
            int f = position.isoCode() - 1;
            if (INTERCHANGE.check(iso) != TemplateFormat.ISO_19794_2_2005) {
                throw new AfisException(Reason.CORRUPT_TEMPLATE, "the bulk path reads ISO/IEC 19794-2:2005 records only");
            }
            minutiae[f] = IsoMinutiaeReader.read(iso);
            fingers[f] = StoredFinger.importIso(iso);
            EnrolmentCheck.enrollable(fingers[f].template());
        });
        append(referenceId, fingers, Encoded.of(fingers, minutiae));
    }

    private void append(UUID referenceId, StoredFinger[] fingers, Encoded encoded) {
        synchronized (writeLock) {
            checkOpen();
            if (slots.containsKey(referenceId)) {
                throw new AfisException(Reason.DUPLICATE_REFERENCE_ID, "reference ID " + referenceId + " is already enrolled");
            }
            long offset = templates.appendInsert(referenceId, fingers);
            slots.put(referenceId, table.append(referenceId, offset, encoded.mask, encoded.codes, encoded.weights));
        }
    }

    @Override
    public Identification identify(TenPrint probe, SearchScope scope, int maxCandidates) {
        return identify(probe, scope, maxCandidates, options);
    }

    /**
     * Identify with other depths and plan than the gallery's (its workers still): the benchmark runs the
     * baseline and the default side by side on one open gallery, so that both meet the same machine load.
     * The thread count of {@code options} is not used.
     */
    public Identification identify(TenPrint probe, SearchScope scope, int maxCandidates, Options options) {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(options, "options");
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be at least 1, was " + maxCandidates);
        }
        checkOpen();
        List<Candidate> ranked;
        int searched;
        if (scope.referenceIds().isPresent()) {
            int[] persons = scope.referenceIds().get().stream().distinct().map(slots::get)
                    .filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
            searched = persons.length;
            ranked = rerank(probe, persons, null, maxCandidates, false, options);
        } else {
            searched = slots.size();
            ProbeCodes codes = new ProbeCodes(probe);
            int size = Math.max(options.screened(), maxCandidates);
            boolean onePass = options.plan() == Plan.DECIDED_STOP && table.size() <= ONE_PASS_UP_TO;
            ranked = rerank(probe, shortlist(codes, size, onePass), codes, maxCandidates, searched > size, options);
        }
        return Identification.ranked(ranked, maxCandidates, searched);
    }

    /**
     * A person of the first stage's list, with its first-stage score: what a gallery split across
     * machines ({@code afis-cluster}) sends to the caller to merge the parts' lists into the one list a
     * single gallery would have made.
     */
    public record Shortlisted(UUID referenceId, float score) {
    }

    /**
     * The first stage alone, over this gallery: the best {@code size} persons by finger codes, best
     * first. Part of a search split across galleries (each holding a part of the persons): the caller
     * merges the parts' lists by score and hands each part its persons back with their ranks in the
     * merged list ({@link #secondStage}), so that every person is compared as a single gallery of all
     * the parts would compare it.
     */
    public List<Shortlisted> firstStage(TenPrint probe, int size) {
        Objects.requireNonNull(probe, "probe");
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        checkOpen();
        ProbeCodes codes = new ProbeCodes(probe);
        int[] listed = shortlist(codes, size);
        List<Shortlisted> result = new ArrayList<>(listed.length);
        for (int slot : listed) {
            result.add(new Shortlisted(table.referenceId(slot), codes.score(table, slot)));
        }
        return result;
    }

    /**
     * The second stage for persons of this gallery at the given ranks of a merged first-stage list
     * ({@link #firstStage}): the ranks decide how deep each person is compared, as in
     * {@link #identify} (the first {@code maxCandidates} ranks in full, the rest of the shortlist on its
     * three best-agreeing fingers, the screened tail on one), or everyone in full when {@code cascade}
     * is false (the merged list held every person of all the parts). Persons no longer enrolled are
     * skipped. The candidates come back best first, not cut to {@code maxCandidates}: the caller merges.
     */
    public List<Candidate> secondStage(TenPrint probe, Map<UUID, Integer> ranks, int maxCandidates, boolean cascade) {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(ranks, "ranks");
        checkOpen();
        List<int[]> ranked = new ArrayList<>(ranks.size());
        ranks.forEach((id, rank) -> {
            Integer slot = slots.get(id);
            if (slot != null) {
                ranked.add(new int[] {rank, slot});
            }
        });
        ranked.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] persons = ranked.stream().mapToInt(r -> r[1]).toArray();
        int[] at = ranked.stream().mapToInt(r -> r[0]).toArray();
        return rerank(probe, persons, at, cascade ? new ProbeCodes(probe) : null, maxCandidates, cascade, options);
    }

    /** First stage: the slots of the best {@code size} persons by finger codes, best first. */
    int[] shortlist(ProbeCodes codes, int size) {
        return shortlist(codes, size, options.plan() == Plan.DECIDED_STOP && table.size() <= ONE_PASS_UP_TO);
    }

    private int[] shortlist(ProbeCodes codes, int size, boolean onePass) {
        int filled = table.size();
        CodeTable.Partition[] partitions = table.partitions();
        int tasks = (filled + CodeTable.PARTITION - 1) / CodeTable.PARTITION;
        Shortlist merged = workers.submit(() -> IntStream.range(0, tasks).parallel().mapToObj(p -> {
            Shortlist part = new Shortlist(size, table);
            int to = Math.min(CodeTable.PARTITION, filled - p * CodeTable.PARTITION);
            codes.scan(partitions[p], p * CodeTable.PARTITION, to, part, onePass);
            return part;
        }).reduce((a, b) -> {
            a.addAll(b);
            return a;
        }).orElseGet(() -> new Shortlist(size, table))).join();
        return merged.ranked();
    }

    /** The slot of an enrolled person, null if not enrolled. */
    Integer slotOf(UUID referenceId) {
        return slots.get(referenceId);
    }

    /** How many persons above {@code target} the first stage scores for these probe codes. */
    int countAbove(ProbeCodes codes, int target) {
        float targetScore = codes.score(table, target);
        int filled = table.size();
        CodeTable.Partition[] partitions = table.partitions();
        int tasks = (filled + CodeTable.PARTITION - 1) / CodeTable.PARTITION;
        return workers.submit(() -> IntStream.range(0, tasks).parallel().map(p -> {
            int to = Math.min(CodeTable.PARTITION, filled - p * CodeTable.PARTITION);
            return codes.countAbove(partitions[p], p * CodeTable.PARTITION, to, targetScore, target);
        }).sum()).join();
    }

    /**
     * Second stage: SourceAFIS on the listed persons' stored templates, fused and decided by the policy.
     * The first {@code maxCandidates} of the list are compared on every finger. The rest of the
     * shortlist is compared first on the {@value #CASCADE_FINGERS} fingers whose codes agree best with
     * the probe (the likeliest to be genuine), and the persons after the shortlist (up to
     * {@link Options#screened}) on their single best-agreeing finger; only if one of those fingers
     * reaches {@value #CASCADE_FINGER_SCORE} (a chance of about 1 % for a different finger) are the other
     * fingers compared. A person stopped there is dropped: its fused score could only have come from
     * fingers that its best-agreeing fingers contradict. Why the screen: the list's tail is where a mate
     * whose impression lost many minutia pairs ends up, and one comparison (plus loading one template,
     * a tenth of that) per person finds it at a fifth of the cost of the shortlist's three. When the list
     * holds the whole gallery nobody is dropped, and the answer is brute force's exactly.
     *
     * <p>With {@link Plan#DECIDED_STOP} the head (the first {@code maxCandidates}) is compared
     * first, and if one of its candidates reaches the duplicate threshold the rest of the list is not
     * compared: the search's decision is {@code DUPLICATE} whatever the rest would score (a better
     * candidate could only be another duplicate), and the cascade and the screen exist to find a mate
     * the codes rank low, which is found. That is most mated searches (the codes rank the mate first for
     * 97.5 % of 1,000 at 100,000 persons within the first 10), and it saves them the comparisons of the rest.
     * What it gives up: a second enrolment of the same person ranked beyond the head is not listed
     * beside the first (brute force would list both); the examiner sees the duplicate either way.
     */
    private List<Candidate> rerank(TenPrint probe, int[] persons, ProbeCodes codes, int maxCandidates, boolean cascade, Options options) {
        return rerank(probe, persons, null, codes, maxCandidates, cascade, options);
    }

    /**
     * The same, each person at the rank given in {@code ranks} (null: its index in {@code persons});
     * {@code persons} are in rank order, so the head is the persons ranked before {@code maxCandidates}.
     */
    private List<Candidate> rerank(TenPrint probe, int[] persons, int[] ranks, ProbeCodes codes, int maxCandidates, boolean cascade,
            Options options) {
        EnumMap<FingerPosition, ProbeFingerMatcher> matchers = matchers(probe, options.plan());
        if (!cascade || options.plan() == Plan.WHOLE_LIST) {
            return sorted(compare(matchers, persons, ranks, 0, persons.length, codes, maxCandidates, cascade, options));
        }
        int head = 0;
        while (head < persons.length && (ranks == null ? head : ranks[head]) < maxCandidates) {
            head++;
        }
        List<Candidate> ranked = new ArrayList<>(compare(matchers, persons, ranks, 0, head, codes, maxCandidates, true, options));
        if (!DecidedDuplicate.decided(ranked, policy.thresholds())) {
            ranked.addAll(compare(matchers, persons, ranks, head, persons.length, codes, maxCandidates, true, options));
        }
        return sorted(ranked);
    }

    /** The probe's matchers: SourceAFIS's own for the baseline, the flat matcher otherwise. */
    private static EnumMap<FingerPosition, ProbeFingerMatcher> matchers(TenPrint probe, Plan plan) {
        EnumMap<FingerPosition, ProbeFingerMatcher> matchers = new EnumMap<>(FingerPosition.class);
        probe.fingers().forEach((position, template) -> matchers.put(position, ProbeFingerMatcher.of(template, plan)));
        return matchers;
    }

    /**
     * List positions [from, to) compared on all cores: in full before maxCandidates or without the cascade, else
     * cascaded. The default plan takes the cascaded persons grouped by the finger they are screened on: each
     * worker then compares one probe finger's hash at a time, which stays in the cache (about 400 KB a finger),
     * where interleaving the ten fingers made every root lookup a miss (measured: 108 against 93 us a
     * screened person). The order does not change any score; the candidates are sorted afterwards.
     */
    private List<Candidate> compare(EnumMap<FingerPosition, ProbeFingerMatcher> matchers, int[] persons, int[] ranks, int from, int to,
            ProbeCodes codes, int maxCandidates, boolean cascade, Options options) {
        return workers.submit(() -> {
            int[][] fingerOrders = new int[to - from][];
            if (cascade) {
                IntStream.range(from, to).parallel().forEach(i -> {
                    int rank = ranks == null ? i : ranks[i];
                    if (rank >= maxCandidates) {
                        fingerOrders[i - from] = codes.fingerOrder(table, persons[i]);
                    }
                });
            }
            int[] order = options.plan() == Plan.WHOLE_LIST ? IntStream.range(from, to).toArray() : byScreenedFinger(fingerOrders, from);
            return Arrays.stream(order).parallel()
                    .filter(i -> table.alive(persons[i]))
                    .mapToObj(i -> {
                        int slot = persons[i];
                        StoredFinger[] stored = templates.read(table.offset(slot));
                        int[] fingerOrder = fingerOrders[i - from];
                        if (fingerOrder == null) {
                            return candidate(table.referenceId(slot), scores(matchers, stored));
                        }
                        int rank = ranks == null ? i : ranks[i];
                        int screen = rank < options.shortlist() ? CASCADE_FINGERS : 1;
                        return cascade(table.referenceId(slot), matchers, stored, fingerOrder, screen);
                    })
                    .filter(Objects::nonNull)
                    .toList();
        }).join();
    }

    /** The positions from + k, those compared in full first, then the cascaded ones by the finger they start with (a stable counting sort). */
    private static int[] byScreenedFinger(int[][] fingerOrders, int from) {
        int groups = CodeTable.FINGERS + 1;
        int[] start = new int[groups + 1];
        for (int[] fingerOrder : fingerOrders) {
            start[group(fingerOrder) + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] order = new int[fingerOrders.length];
        for (int k = 0; k < fingerOrders.length; k++) {
            order[start[group(fingerOrders[k])]++] = from + k;
        }
        return order;
    }

    private static int group(int[] fingerOrder) {
        return fingerOrder == null ? 0 : fingerOrder.length == 0 ? CodeTable.FINGERS : 1 + fingerOrder[0];
    }

    private static List<Candidate> sorted(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Candidate.BEST_FIRST);
        return ranked;
    }

    static final int CASCADE_FINGERS = 3;
    static final double CASCADE_FINGER_SCORE = 20;

    private Candidate cascade(UUID referenceId, EnumMap<FingerPosition, ProbeFingerMatcher> matchers, StoredFinger[] stored,
            int[] fingerOrder, int screen) {
        EnumMap<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        boolean promising = false;
        for (int k = 0; k < fingerOrder.length; k++) {
            if (k == screen && !promising) {
                return null;
            }
            FingerPosition position = FingerPosition.ofIsoCode(fingerOrder[k] + 1);
            double score = matchers.get(position).match(stored[fingerOrder[k]]);
            comparisons.increment();
            scores.put(position, score);
            promising |= score >= CASCADE_FINGER_SCORE;
        }
        return candidate(referenceId, scores);
    }

    private Map<FingerPosition, Double> scores(EnumMap<FingerPosition, ProbeFingerMatcher> matchers, StoredFinger[] fingers) {
        EnumMap<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        matchers.forEach((position, matcher) -> {
            StoredFinger stored = fingers[position.isoCode() - 1];
            if (stored != null) {
                scores.put(position, matcher.match(stored));
                comparisons.increment();
            }
        });
        return scores;
    }

    /** SourceAFIS finger comparisons made by identify and verify since the gallery opened (for the benchmark and the tests). */
    public long comparisons() {
        return comparisons.sum();
    }

    private Candidate candidate(UUID referenceId, Map<FingerPosition, Double> scores) {
        return policy.candidate(referenceId, scores);
    }

    @Override
    public Verification verify(UUID referenceId, TenPrint probe) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(probe, "probe");
        checkOpen();
        Integer slot = slots.get(referenceId);
        if (slot == null) {
            throw new AfisException(Reason.UNKNOWN_REFERENCE_ID, "reference ID " + referenceId + " is not enrolled");
        }
        Map<FingerPosition, Double> scores = scores(matchers(probe, options.plan()), templates.read(table.offset(slot)));
        double fused = policy.fusion().fuse(scores);
        return new Verification(referenceId, fused, scores, policy.thresholds().verifies(fused));
    }

    @Override
    public boolean delete(UUID referenceId) {
        Objects.requireNonNull(referenceId, "referenceId");
        checkOpen();
        synchronized (writeLock) {
            Integer slot = slots.get(referenceId);
            if (slot == null) {
                return false;
            }
            templates.appendDelete(referenceId);
            slots.remove(referenceId);
            table.kill(slot);
            return true;
        }
    }

    @Override
    public boolean contains(UUID referenceId) {
        return slots.containsKey(referenceId);
    }

    @Override
    public int count() {
        return slots.size();
    }

    @Override
    public MatchPolicy policy() {
        return policy;
    }

    /** The full templates of an enrolled person as stored (for tools and tests). */
    public TenPrint record(UUID referenceId) {
        Integer slot = slots.get(referenceId);
        if (slot == null) {
            throw new AfisException(Reason.UNKNOWN_REFERENCE_ID, "reference ID " + referenceId + " is not enrolled");
        }
        StoredFinger[] fingers = templates.read(table.offset(slot));
        EnumMap<FingerPosition, FingerTemplate> map = new EnumMap<>(FingerPosition.class);
        for (int f = 0; f < fingers.length; f++) {
            if (fingers[f] != null) {
                map.put(FingerPosition.ofIsoCode(f + 1), fingers[f].template());
            }
        }
        return TenPrint.of(map);
    }

    /** A copy of a person's finger codes as the table holds them (for tests of reload and replay). */
    long[] codes(UUID referenceId) {
        int slot = slots.get(referenceId);
        CodeTable.Partition partition = table.partitions()[slot / CodeTable.PARTITION];
        long[] codes = new long[CodeTable.CODE_LONGS];
        for (int f = 0; f < CodeTable.FINGERS; f++) {
            System.arraycopy(partition.codes, CodeTable.codeAt(slot % CodeTable.PARTITION, f), codes, f * FingerCode.WORDS, FingerCode.WORDS);
        }
        return codes;
    }

    /** Bytes the search keeps in memory per enrolled slot (codes and bookkeeping, without the ID map). */
    public static long tableBytesPerPerson() {
        return CodeTable.bytesPerSlot();
    }

    /**
     * Forces appended templates to disk and writes a snapshot of the codes, so that a restart reads them
     * instead of re-encoding. Called by {@link #close}; a bulk loader may call it at checkpoints.
     */
    public void checkpoint() {
        synchronized (writeLock) {
            templates.sync();
            IndexSnapshot.write(directory, table, templates, key);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            try {
                if (loaded) {
                    checkpoint();
                }
            } finally {
                closed = true;
                workers.shutdown();
                templates.close();
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new AfisException(Reason.CLOSED, "gallery is closed");
        }
    }
}
