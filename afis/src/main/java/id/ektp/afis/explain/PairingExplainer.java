package id.ektp.afis.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTransparency;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.Minutia;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why two fingers scored what they scored: the 1:1 score and the minutiae the matcher paired, each with its
 * place in both images, so that an adjudicator can check the pairing by eye. Stateless and thread-safe.
 *
 * <p>The pairing is SourceAFIS's own, taken from its transparency API while it compares: the matcher tries
 * several root pairs, grows a pairing tree from each and keeps the best; it offers that one under the key
 * {@code best-pairing} (CBOR: a {@code root} pair of minutia indexes, {@code probe} and {@code candidate},
 * and {@code tree} edges, each adding the pair {@code probeTo}/{@code candidateTo}). The indexes name
 * minutiae in the matcher's order, which {@link FingerTemplate#minutiae()} keeps. Nothing is recomputed
 * here, so what is drawn is exactly what was scored. A pair of fingers with nothing in common scores 0 and
 * has no pairing.
 */
public final class PairingExplainer {

    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    /** Compares {@code probe} (the new record's finger) with {@code candidate} (the earlier record's). */
    @SuppressWarnings("try") // the capture acts by being open around the comparison
    public FingerComparison explain(FingerTemplate probe, FingerTemplate candidate) {
        BestPairing capture = new BestPairing();
        double score;
        try (capture) {
            score = new FingerprintMatcher(probe.sourceAfis()).match(candidate.sourceAfis());
        }
        List<Minutia> probeMinutiae = probe.minutiae();
        List<Minutia> candidateMinutiae = candidate.minutiae();
        List<PairedMinutia> pairs = new ArrayList<>();
        for (int[] pair : capture.pairs()) {
            pairs.add(new PairedMinutia(probeMinutiae.get(pair[0]), candidateMinutiae.get(pair[1])));
        }
        return new FingerComparison(score, pairs);
    }

    /** Wants only the best pairing; SourceAFIS skips building every other intermediate result. */
    private static final class BestPairing extends FingerprintTransparency {
        private JsonNode graph;

        @Override
        public boolean accepts(String key) {
            return "best-pairing".equals(key);
        }

        @Override
        public void take(String key, String mime, byte[] data) {
            if ("best-pairing".equals(key)) {
                try {
                    graph = CBOR.readTree(data);
                } catch (IOException e) {
                    throw new UncheckedIOException("SourceAFIS's pairing is not the CBOR this build reads", e);
                }
            }
        }

        /** Each pair as {probe index, candidate index}: the root, then each tree edge's far end, once each. */
        List<int[]> pairs() {
            if (graph == null || graph.path("root").isMissingNode()) {
                return List.of();
            }
            Set<List<Integer>> seen = new LinkedHashSet<>();
            JsonNode root = graph.get("root");
            seen.add(List.of(root.get("probe").asInt(), root.get("candidate").asInt()));
            for (JsonNode edge : graph.path("tree")) {
                seen.add(List.of(edge.get("probeTo").asInt(), edge.get("candidateTo").asInt()));
            }
            return seen.stream().map(p -> new int[] {p.get(0), p.get(1)}).toList();
        }
    }
}
