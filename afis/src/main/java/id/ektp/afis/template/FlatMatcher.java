package id.ektp.afis.template;

import com.machinezoo.sourceafis.engine.configuration.Parameters;
import com.machinezoo.sourceafis.engine.primitives.FloatAngle;
import java.util.Arrays;

/**
 * SourceAFIS 3.18's comparison of two fingers (root search, edge spider, scoring: its {@code MatcherEngine}
 * without the transparency log) on flat arrays, giving its score bit for bit. SourceAFIS is Apache-2.0; the
 * algorithm and its parameters are SourceAFIS's (https://sourceafis.machinezoo.com/algorithm), the data layout
 * is ours.
 *
 * <p>Why: in a search of 100,000 persons a stranger costs about a thousand comparisons, and SourceAFIS spends
 * them mostly on memory rather than arithmetic: a hash set of tried roots ({@code IntOpenHashSet}, a seventh of
 * the search's CPU in a profile), an object per edge in the probe's hash and in the candidate's edge table, a
 * boxed priority queue and an {@code ArrayList} per visited minutia. Here the tried roots are a stamped array,
 * the edges parallel arrays, the queue a heap of ints with {@code java.util.PriorityQueue}'s exact order
 * (ties included), and the pairs numbers into a per-thread pool. That the score equals
 * {@code FingerprintMatcher.match} exactly is tested on every FVC2002 set and on synthetic fingers
 * ({@code FlatMatcherTest}).
 *
 * <p>One instance per thread ({@link #current()}); not thread-safe itself.
 */
public final class FlatMatcher {

    private static final int DISTANCE_ERROR = Parameters.MAX_DISTANCE_ERROR;
    private static final float ANGLE_ERROR = Parameters.MAX_ANGLE_ERROR;
    private static final float COMPLEMENTARY_ANGLE_ERROR = FloatAngle.complementary(Parameters.MAX_ANGLE_ERROR);
    private static final int ANGLE_BINS = FlatProbe.ANGLE_BINS;
    private static final int INNER_DISTANCE_RADIUS = (int) Math.round(Parameters.DISTANCE_ERROR_FLATNESS * Parameters.MAX_DISTANCE_ERROR);
    private static final float INNER_ANGLE_RADIUS = (float) (Parameters.ANGLE_ERROR_FLATNESS * Parameters.MAX_ANGLE_ERROR);
    private static final int NONE = -1;

    private static final ThreadLocal<FlatMatcher> THREADS = ThreadLocal.withInitial(FlatMatcher::new);

    private final EdgeGeometry shape = new EdgeGeometry();
    // the roots to try, in the order SourceAFIS's root enumerator finds them
    private final int[] rootProbe = new int[Parameters.MAX_TRIED_ROOTS];
    private final int[] rootCandidate = new int[Parameters.MAX_TRIED_ROOTS];
    private int roots;
    /** tried[probe * candidateCount + candidate] == generation: this root was listed in this comparison. */
    private int[] tried = new int[1];
    private int generation;
    // the pairs of one root's crawl, by number
    private int[] pairProbe = new int[256];
    private int[] pairCandidate = new int[256];
    private int[] pairProbeRef = new int[256];
    private int[] pairCandidateRef = new int[256];
    private int[] pairDistance = new int[256];
    private int[] pairSupport = new int[256];
    /** The probe's and the candidate's edge-table entries the pair was found through (scoring reads their shapes). */
    private int[] pairProbeEdge = new int[256];
    private int[] pairCandidateEdge = new int[256];
    private int pairs;
    private int[] tree = new int[1];
    private int treeCount;
    private int[] byProbe = new int[1];
    private int[] byCandidate = new int[1];
    private int[] heap = new int[64];
    private int heapSize;

    private FlatMatcher() {
    }

    /** This thread's matcher. */
    public static FlatMatcher current() {
        return THREADS.get();
    }

    /** SourceAFIS's similarity score of the candidate to the probe: {@code FingerprintMatcher.match}'s, exactly. */
    public double match(FlatProbe probe, FlatTemplate candidate) {
        reserve(probe.template, candidate);
        enumerateRoots(probe, candidate);
        double high = 0;
        boolean any = false;
        for (int i = 0; i < roots; i++) {
            crawl(probe.template, candidate, rootProbe[i], rootCandidate[i]);
            double partial = score(probe.template, candidate);
            if (!any || partial > high) {
                high = partial;
                any = true;
            }
            clearPairing();
        }
        return high;
    }

    private void reserve(FlatTemplate probe, FlatTemplate candidate) {
        int products = probe.count * candidate.count;
        if (tried.length < products) {
            tried = new int[products];
            generation = 0;
        }
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(tried, 0);
            generation = 1;
        }
        if (tree.length < probe.count) {
            tree = new int[probe.count];
            byProbe = new int[probe.count];
            Arrays.fill(byProbe, NONE);
        }
        if (byCandidate.length < candidate.count) {
            byCandidate = new int[candidate.count];
            Arrays.fill(byCandidate, NONE);
        }
        roots = 0;
    }

    /** SourceAFIS's {@code RootEnumerator}: candidate edges by period, long ones first, looked up in the probe's hash. */
    private void enumerateRoots(FlatProbe probe, FlatTemplate candidate) {
        int n = candidate.count;
        int lookups = 0;
        int triedRoots = 0;
        for (int pass = 0; pass < 2; pass++) {
            boolean shortEdges = pass == 1;
            for (int period = 1; period < n; ++period) {
                for (int phase = 0; phase <= period; ++phase) {
                    for (int creference = phase; creference < n; creference += period + 1) {
                        int cneighbor = (creference + period) % n;
                        shape.set(candidate.x[creference], candidate.y[creference], candidate.direction[creference],
                                candidate.x[cneighbor], candidate.y[cneighbor], candidate.direction[cneighbor]);
                        int length = shape.length;
                        if ((length >= Parameters.MIN_ROOT_EDGE_LENGTH) ^ shortEdges) {
                            float referenceAngle = shape.referenceAngle;
                            float neighborAngle = shape.neighborAngle;
                            int lengthBin = length / DISTANCE_ERROR;
                            int referenceBin = (int) (referenceAngle / ANGLE_ERROR);
                            int neighborBin = (int) (neighborAngle / ANGLE_ERROR);
                            if (lengthBin < probe.lengthBins && referenceBin < ANGLE_BINS && neighborBin < ANGLE_BINS) {
                                int slot = (referenceBin * ANGLE_BINS + neighborBin) * probe.lengthBins + lengthBin;
                                for (int k = probe.binStart[slot], end = probe.binStart[slot + 1]; k < end; k++) {
                                    int edge = probe.binEdge[k];
                                    if (matching(probe.edgeLength[edge], probe.edgeReferenceAngle[edge], probe.edgeNeighborAngle[edge],
                                            length, referenceAngle, neighborAngle)) {
                                        int reference = probe.edgeReference[edge];
                                        int key = reference * n + creference;
                                        if (tried[key] != generation) {
                                            tried[key] = generation;
                                            rootProbe[roots] = reference;
                                            rootCandidate[roots] = creference;
                                            roots++;
                                        }
                                        ++triedRoots;
                                        if (triedRoots >= Parameters.MAX_TRIED_ROOTS) {
                                            return;
                                        }
                                    }
                                }
                            }
                            ++lookups;
                            if (lookups >= Parameters.MAX_ROOT_EDGE_LOOKUPS) {
                                return;
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean matching(int probeLength, float probeReference, float probeNeighbor, int length, float reference, float neighbor) {
        int lengthDelta = probeLength - length;
        if (lengthDelta >= -DISTANCE_ERROR && lengthDelta <= DISTANCE_ERROR) {
            float referenceDelta = FloatAngle.difference(probeReference, reference);
            if (referenceDelta <= ANGLE_ERROR || referenceDelta >= COMPLEMENTARY_ANGLE_ERROR) {
                float neighborDelta = FloatAngle.difference(probeNeighbor, neighbor);
                return neighborDelta <= ANGLE_ERROR || neighborDelta >= COMPLEMENTARY_ANGLE_ERROR;
            }
        }
        return false;
    }

    /** SourceAFIS's {@code EdgeSpider.crawl} from one root. */
    private void crawl(FlatTemplate probe, FlatTemplate candidate, int rootProbeMinutia, int rootCandidateMinutia) {
        pairs = 0;
        int root = newPair(rootProbeMinutia, rootCandidateMinutia, 0, 0, 0, NONE, NONE);
        push(root);
        do {
            addPair(pop());
            collectEdges(probe, candidate);
            skipPaired();
        } while (heapSize > 0);
    }

    private void collectEdges(FlatTemplate probe, FlatTemplate candidate) {
        int reference = tree[treeCount - 1];
        int probeRef = pairProbe[reference];
        int candidateRef = pairCandidate[reference];
        int pstart = probe.starStart[probeRef];
        int plength = probe.starStart[probeRef + 1] - pstart;
        int cfrom = candidate.starStart[candidateRef];
        int cto = candidate.starStart[candidateRef + 1];
        short[] plengths = probe.starLength;
        int start = 0;
        int end = 0;
        for (int c = cfrom; c < cto; ++c) {
            int clength = candidate.starLength[c];
            while (start < plength && plengths[pstart + start] < clength - DISTANCE_ERROR) {
                ++start;
            }
            if (end < start) {
                end = start;
            }
            while (end < plength && plengths[pstart + end] <= clength + DISTANCE_ERROR) {
                ++end;
            }
            for (int k = start; k < end; ++k) {
                int pe = pstart + k;
                float rdiff = FloatAngle.difference(probe.starReferenceAngle[pe], candidate.starReferenceAngle[c]);
                if (rdiff <= ANGLE_ERROR || rdiff >= COMPLEMENTARY_ANGLE_ERROR) {
                    float ndiff = FloatAngle.difference(probe.starNeighborAngle[pe], candidate.starNeighborAngle[c]);
                    if (ndiff <= ANGLE_ERROR || ndiff >= COMPLEMENTARY_ANGLE_ERROR) {
                        int pair = newPair(probe.starNeighbor[pe], candidate.starNeighbor[c], probeRef, candidateRef, clength, pe, c);
                        if (byCandidate[pairCandidate[pair]] == NONE && byProbe[pairProbe[pair]] == NONE) {
                            push(pair);
                        } else {
                            support(pair);
                        }
                    }
                }
            }
        }
    }

    private void skipPaired() {
        while (heapSize > 0 && (byProbe[pairProbe[heap[0]]] != NONE || byCandidate[pairCandidate[heap[0]]] != NONE)) {
            support(pop());
        }
    }

    private void addPair(int pair) {
        tree[treeCount++] = pair;
        byProbe[pairProbe[pair]] = pair;
        byCandidate[pairCandidate[pair]] = pair;
    }

    private void support(int pair) {
        int paired = byProbe[pairProbe[pair]];
        if (paired != NONE && pairCandidate[paired] == pairCandidate[pair]) {
            ++pairSupport[paired];
            ++pairSupport[byProbe[pairProbeRef[pair]]];
        }
    }

    private void clearPairing() {
        for (int i = 0; i < treeCount; ++i) {
            byProbe[pairProbe[tree[i]]] = NONE;
            byCandidate[pairCandidate[tree[i]]] = NONE;
        }
        treeCount = 0;
    }

    /** SourceAFIS's {@code Scoring.compute}, term for term in the same order and types, then its shaping. */
    private double score(FlatTemplate probe, FlatTemplate candidate) {
        int count = treeCount;
        double minutiaScore = Parameters.MINUTIA_SCORE * count;
        double minutiaFractionInProbe = count / (double) probe.count;
        double minutiaFractionInCandidate = count / (double) candidate.count;
        double minutiaFraction = 0.5 * (minutiaFractionInProbe + minutiaFractionInCandidate);
        double minutiaFractionScore = Parameters.MINUTIA_FRACTION_SCORE * minutiaFraction;
        int supportingEdgeSum = 0;
        int supportedMinutiaCount = 0;
        int minutiaTypeHits = 0;
        for (int i = 0; i < count; ++i) {
            int pair = tree[i];
            supportingEdgeSum += pairSupport[pair];
            if (pairSupport[pair] >= Parameters.MIN_SUPPORTING_EDGES) {
                ++supportedMinutiaCount;
            }
            if (probe.bifurcation[pairProbe[pair]] == candidate.bifurcation[pairCandidate[pair]]) {
                ++minutiaTypeHits;
            }
        }
        int edgeCount = count + supportingEdgeSum;
        double edgeScore = Parameters.EDGE_SCORE * edgeCount;
        double supportedMinutiaScore = Parameters.SUPPORTED_MINUTIA_SCORE * supportedMinutiaCount;
        double minutiaTypeScore = Parameters.MINUTIA_TYPE_SCORE * minutiaTypeHits;
        int distanceErrorSum = 0;
        float angleErrorSum = 0;
        for (int i = 1; i < count; ++i) {
            int pair = tree[i];
            int pe = pairProbeEdge[pair];
            int ce = pairCandidateEdge[pair];
            distanceErrorSum += Math.max(INNER_DISTANCE_RADIUS, Math.abs(probe.starLength[pe] - candidate.starLength[ce]));
            angleErrorSum += Math.max(INNER_ANGLE_RADIUS, FloatAngle.distance(probe.starReferenceAngle[pe], candidate.starReferenceAngle[ce]));
            angleErrorSum += Math.max(INNER_ANGLE_RADIUS, FloatAngle.distance(probe.starNeighborAngle[pe], candidate.starNeighborAngle[ce]));
        }
        int distanceErrorPotential = Parameters.MAX_DISTANCE_ERROR * Math.max(0, count - 1);
        int distanceAccuracySum = distanceErrorPotential - distanceErrorSum;
        double distanceAccuracyScore = Parameters.DISTANCE_ACCURACY_SCORE
                * (distanceErrorPotential > 0 ? distanceAccuracySum / (double) distanceErrorPotential : 0);
        float angleErrorPotential = Parameters.MAX_ANGLE_ERROR * Math.max(0, count - 1) * 2;
        float angleAccuracySum = angleErrorPotential - angleErrorSum;
        double angleAccuracyScore = Parameters.ANGLE_ACCURACY_SCORE * (angleErrorPotential > 0 ? angleAccuracySum / angleErrorPotential : 0);
        double totalScore = minutiaScore
                + minutiaFractionScore
                + supportedMinutiaScore
                + edgeScore
                + minutiaTypeScore
                + distanceAccuracyScore
                + angleAccuracyScore;
        return shape(totalScore);
    }

    private static double shape(double raw) {
        if (raw < Parameters.THRESHOLD_FMR_MAX) {
            return 0;
        }
        if (raw < Parameters.THRESHOLD_FMR_2) {
            return interpolate(raw, Parameters.THRESHOLD_FMR_MAX, Parameters.THRESHOLD_FMR_2, 0, 3);
        }
        if (raw < Parameters.THRESHOLD_FMR_10) {
            return interpolate(raw, Parameters.THRESHOLD_FMR_2, Parameters.THRESHOLD_FMR_10, 3, 7);
        }
        if (raw < Parameters.THRESHOLD_FMR_100) {
            return interpolate(raw, Parameters.THRESHOLD_FMR_10, Parameters.THRESHOLD_FMR_100, 10, 10);
        }
        if (raw < Parameters.THRESHOLD_FMR_1000) {
            return interpolate(raw, Parameters.THRESHOLD_FMR_100, Parameters.THRESHOLD_FMR_1000, 20, 10);
        }
        if (raw < Parameters.THRESHOLD_FMR_10_000) {
            return interpolate(raw, Parameters.THRESHOLD_FMR_1000, Parameters.THRESHOLD_FMR_10_000, 30, 10);
        }
        if (raw < Parameters.THRESHOLD_FMR_100_000) {
            return interpolate(raw, Parameters.THRESHOLD_FMR_10_000, Parameters.THRESHOLD_FMR_100_000, 40, 10);
        }
        return (raw - Parameters.THRESHOLD_FMR_100_000) / (Parameters.THRESHOLD_FMR_100_000 - Parameters.THRESHOLD_FMR_100) * 30 + 50;
    }

    private static double interpolate(double raw, double min, double max, double start, double length) {
        return (raw - min) / (max - min) * length + start;
    }

    private int newPair(int probeMinutia, int candidateMinutia, int probeRef, int candidateRef, int distance, int probeEdge, int candidateEdge) {
        if (pairs == pairProbe.length) {
            int grown = 2 * pairs;
            pairProbe = Arrays.copyOf(pairProbe, grown);
            pairCandidate = Arrays.copyOf(pairCandidate, grown);
            pairProbeRef = Arrays.copyOf(pairProbeRef, grown);
            pairCandidateRef = Arrays.copyOf(pairCandidateRef, grown);
            pairDistance = Arrays.copyOf(pairDistance, grown);
            pairSupport = Arrays.copyOf(pairSupport, grown);
            pairProbeEdge = Arrays.copyOf(pairProbeEdge, grown);
            pairCandidateEdge = Arrays.copyOf(pairCandidateEdge, grown);
        }
        int pair = pairs++;
        pairProbe[pair] = probeMinutia;
        pairCandidate[pair] = candidateMinutia;
        pairProbeRef[pair] = probeRef;
        pairCandidateRef[pair] = candidateRef;
        pairDistance[pair] = distance;
        pairSupport[pair] = 0;
        pairProbeEdge[pair] = probeEdge;
        pairCandidateEdge[pair] = candidateEdge;
        return pair;
    }

    // a binary heap by distance with java.util.PriorityQueue's sift rules, so that equal distances leave it in the same order

    private void push(int pair) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, 2 * heapSize);
        }
        int k = heapSize++;
        int distance = pairDistance[pair];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            int e = heap[parent];
            if (distance >= pairDistance[e]) {
                break;
            }
            heap[k] = e;
            k = parent;
        }
        heap[k] = pair;
    }

    private int pop() {
        int result = heap[0];
        int n = --heapSize;
        int x = heap[n];
        if (n > 0) {
            int distance = pairDistance[x];
            int k = 0;
            int half = n >>> 1;
            while (k < half) {
                int child = (k << 1) + 1;
                int c = heap[child];
                int right = child + 1;
                if (right < n && pairDistance[c] > pairDistance[heap[right]]) {
                    c = heap[child = right];
                }
                if (distance <= pairDistance[c]) {
                    break;
                }
                heap[k] = c;
                k = child;
            }
            heap[k] = x;
        }
        return result;
    }
}
