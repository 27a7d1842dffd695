package id.ektp.registry.demo;

import id.ektp.registry.RegistryException;
import id.ektp.registry.regions.RegionCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where synthetic residents live: each kabupaten/kota gets a share in proportion to its population
 * in {@code population.csv} (Dukcapil, December 2024) when that file is present and names stored
 * regions; otherwise every stored desa/kelurahan is equally likely. Within a kabupaten/kota every
 * desa/kelurahan is equally likely.
 */
public final class PopulationSpread {

    record Place(String kabupatenCode, String kabupatenName, String[] desaCodes) {
    }

    private final List<Place> places;
    private final double[] cumulative;
    private final boolean weighted;

    private PopulationSpread(List<Place> places, double[] weights, boolean weighted) {
        this.places = places;
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        this.weighted = weighted;
    }

    /** The spread over the desa inside {@code within} (a dotted region code; empty for the whole country). */
    static PopulationSpread load(JdbcClient jdbc, Path populationCsv, String within) {
        Map<String, List<String>> desaPerKab = new LinkedHashMap<>();
        jdbc.sql("SELECT code FROM region WHERE level = 4 AND (:within = '' OR code LIKE :within || '.%') ORDER BY code")
                .param("within", within == null ? "" : within)
                .query(String.class).list()
                .forEach(desa -> desaPerKab.computeIfAbsent(desa.substring(0, 5), k -> new ArrayList<>()).add(desa));
        if (desaPerKab.isEmpty()) {
            throw new RegistryException("region", "no desa/kelurahan stored" + (within == null || within.isEmpty() ? "" : " inside " + within)
                    + ": import regions first (--ektp.command=import-regions)");
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM region WHERE level = 2").query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        Map<String, Long> population = readPopulation(populationCsv);
        List<Place> places = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        boolean weighted = false;
        for (var entry : desaPerKab.entrySet()) {
            Long people = population.get(entry.getKey());
            if (people != null) {
                weighted = true;
            }
            places.add(new Place(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue().toArray(String[]::new)));
            weights.add(people == null ? -1.0 : people.doubleValue());
        }
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            double value = weights.get(i);
            // Without population figures every desa weighs the same; with them, a kabupaten/kota the
            // file does not list gets nothing.
            w[i] = weighted ? Math.max(value, 0) : places.get(i).desaCodes().length;
        }
        return new PopulationSpread(places, w, weighted);
    }

    private static Map<String, Long> readPopulation(Path csv) {
        Map<String, Long> population = new HashMap<>();
        if (csv == null || !Files.isRegularFile(csv)) {
            return population;
        }
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> fields = RegionCsv.split(line, 0);
                if (fields.size() >= 5 && fields.get(0).matches("\\d{2}\\.\\d{2}")) {
                    population.put(fields.get(0), Long.parseLong(fields.get(4).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return population;
    }

    boolean weightedByPopulation() {
        return weighted;
    }

    int kabupatenCount() {
        return places.size();
    }

    Place pick(RandomGenerator random) {
        double x = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return places.get(lo);
    }

    Place any(RandomGenerator random) {
        return places.get(random.nextInt(places.size()));
    }
}
