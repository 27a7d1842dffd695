package id.ektp.identification.uniqueness;

import id.ektp.identification.uniqueness.BacklogSet.Kind;
import id.ektp.identification.uniqueness.BacklogSet.Planted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the drain found against what was planted. Each DUPLICATE or ADJUDICATE candidate is a planted pair, or
 * two impressions of one synthetic person that were not planted as a pair (two backlog records planted as
 * copies of the same person: the generator made them duplicates of each other too), or a false candidate.
 */
final class BacklogFindings {

    private final List<Planted> backlog;
    private final Map<UUID, String> who = new HashMap<>();
    private final Map<UUID, String> person = new HashMap<>();
    private final Set<String> plantedPairs = new HashSet<>();
    private final Set<String> found = new HashSet<>();
    private final List<String> samePersonNotPlanted = new ArrayList<>();
    private final List<String> falseDuplicates = new ArrayList<>();
    private final List<String> falseGreyZone = new ArrayList<>();

    BacklogFindings(List<Planted> backlog, UUID[] galleryPackets, UUID[] backlogPackets) {
        this.backlog = backlog;
        for (int i = 0; i < galleryPackets.length; i++) {
            who.put(galleryPackets[i], "gallery person " + i);
            person.put(galleryPackets[i], "g" + i);
        }
        for (int i = 0; i < backlogPackets.length; i++) {
            Planted p = backlog.get(i);
            who.put(backlogPackets[i], "backlog record " + i + describe(p));
            person.put(backlogPackets[i], switch (p.kind()) {
                case NEW -> "b" + i;
                case OF_GALLERY_PERSON -> "g" + p.mate();
                // the writer draws a backlog mate among the new records only, so one step reaches the person
                case OF_BACKLOG_RECORD -> "b" + p.mate();
            });
            if (p.kind() == Kind.OF_GALLERY_PERSON) {
                plantedPairs.add(pair(backlogPackets[i], galleryPackets[p.mate()]));
            } else if (p.kind() == Kind.OF_BACKLOG_RECORD) {
                plantedPairs.add(pair(backlogPackets[i], backlogPackets[p.mate()]));
            }
        }
    }

    private static String describe(Planted p) {
        return switch (p.kind()) {
            case NEW -> " (new)";
            case OF_GALLERY_PERSON -> " (planted copy of gallery person " + p.mate() + ")";
            case OF_BACKLOG_RECORD -> " (planted copy of backlog record " + p.mate() + ")";
        };
    }

    /** Reads the candidates the pipeline kept and sorts each into found, same person not planted, or false. */
    BacklogFindings read(JdbcClient jdbc) {
        record Row(UUID packet, UUID candidate, String decision, double score, String foundBy) {
        }
        List<Row> rows = jdbc.sql("SELECT packet_id, candidate_packet_id, decision, coalesce(score, 0), found_by FROM uniqueness_candidate"
                + " WHERE decision IN ('DUPLICATE', 'ADJUDICATE')")
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getDouble(4),
                        rs.getString(5)))
                .list();
        for (Row row : rows) {
            if (!who.containsKey(row.packet())) {
                continue; // a packet of the image sample, not of the backlog
            }
            String key = pair(row.packet(), row.candidate());
            String line = String.format("%s: %s with %s, score %.1f, found by %s", row.decision(), who.get(row.packet()),
                    who.getOrDefault(row.candidate(), row.candidate().toString()), row.score(), row.foundBy());
            if (plantedPairs.contains(key)) {
                found.add(key);
            } else if (person.get(row.packet()).equals(person.get(row.candidate()))) {
                samePersonNotPlanted.add(line);
            } else if (row.decision().equals("DUPLICATE")) {
                falseDuplicates.add(line);
            } else {
                falseGreyZone.add(line);
            }
        }
        return this;
    }

    int planted() {
        return plantedPairs.size();
    }

    int found() {
        return found.size();
    }

    List<String> samePersonNotPlanted() {
        return samePersonNotPlanted;
    }

    List<String> falseDuplicates() {
        return falseDuplicates;
    }

    List<String> falseGreyZone() {
        return falseGreyZone;
    }

    /** Backlog records that share one person without being planted as a pair: what the set itself holds. */
    List<String> samePersonPairsInTheSet() {
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < backlog.size(); i++) {
            Planted p = backlog.get(i);
            if (p.kind() != Kind.NEW) {
                byPerson.computeIfAbsent((p.kind() == Kind.OF_GALLERY_PERSON ? "gallery person " : "backlog record ") + p.mate(),
                        k -> new ArrayList<>()).add(i);
            }
        }
        List<String> pairs = new ArrayList<>();
        byPerson.forEach((mate, copies) -> {
            if (copies.size() > 1) {
                pairs.add("backlog records " + copies + " are all planted copies of " + mate + " (impression 1 each)");
            }
        });
        return pairs;
    }

    private static String pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }
}
