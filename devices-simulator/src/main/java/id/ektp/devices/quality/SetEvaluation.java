package id.ektp.devices.quality;

import id.ektp.afis.evaluation.ScoreDistribution;
import com.machinezoo.sourceafis.FingerprintMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Genuine and impostor scores of one set of fingers x impressions: every pair of impressions of the same finger is
 * genuine, every pair of impressions of different fingers is an impostor pair.
 */
record SetEvaluation(String name, int images, double meanMinutiae, ScoreDistribution genuine,
                     ScoreDistribution impostor) {

    static SetEvaluation of(String name, List<FingerprintSample> samples) {
        List<double[]> perProbe = IntStream.range(0, samples.size()).parallel().mapToObj(i -> {
            FingerprintMatcher matcher = new FingerprintMatcher(samples.get(i).template());
            List<Double> genuine = new ArrayList<>();
            List<Double> impostor = new ArrayList<>();
            for (int j = i + 1; j < samples.size(); j++) {
                double score = matcher.match(samples.get(j).template());
                (samples.get(i).finger().equals(samples.get(j).finger()) ? genuine : impostor).add(score);
            }
            double[] row = new double[1 + genuine.size() + impostor.size()];
            row[0] = genuine.size();
            for (int k = 0; k < genuine.size(); k++) {
                row[1 + k] = genuine.get(k);
            }
            for (int k = 0; k < impostor.size(); k++) {
                row[1 + genuine.size() + k] = impostor.get(k);
            }
            return row;
        }).toList();
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (double[] row : perProbe) {
            int g = (int) row[0];
            for (int k = 1; k < row.length; k++) {
                (k <= g ? genuine : impostor).add(row[k]);
            }
        }
        double meanMinutiae = samples.stream().mapToInt(FingerprintSample::minutiae).average().orElse(0);
        return new SetEvaluation(name, samples.size(), meanMinutiae,
                new ScoreDistribution(genuine.stream().mapToDouble(Double::doubleValue).toArray()),
                new ScoreDistribution(impostor.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
