package com.acme.reco;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Alternating least squares over a sparse user x item view-count matrix, no external libs. */
public final class AlsTrainer {
    private final int factors;
    private final double lambda;
    final double[][] userF;
    final double[][] itemF;

    public AlsTrainer(int users, int items, int factors, double lambda) {
        this.factors = factors;
        this.lambda = lambda;
        Random rnd = new Random(13);
        userF = new double[users][factors];
        itemF = new double[items][factors];
        for (double[] row : itemF) for (int f = 0; f < factors; f++) row[f] = rnd.nextGaussian() * 0.01;
    }

    /** byUser: user -> (item -> views); byItem: item -> (user -> views). */
    public void train(Map<Integer, Map<Integer, Double>> byUser, Map<Integer, Map<Integer, Double>> byItem, int sweeps) {
        for (int s = 0; s < sweeps; s++) {
            byUser.forEach((u, row) -> userF[u] = solve(row, itemF));
            byItem.forEach((i, col) -> itemF[i] = solve(col, userF));
        }
    }

    private double[] solve(Map<Integer, Double> ratings, double[][] fixed) {
        double[][] a = new double[factors][factors];
        double[] b = new double[factors];
        for (Map.Entry<Integer, Double> e : ratings.entrySet()) {
            double[] y = fixed[e.getKey()];
            for (int i = 0; i < factors; i++) {
                b[i] += e.getValue() * y[i];
                for (int j = 0; j < factors; j++) a[i][j] += y[i] * y[j];
            }
        }
        for (int i = 0; i < factors; i++) a[i][i] += lambda * ratings.size();
        return Gauss.solve(a, b);
    }

    public double score(int user, int item) {
        double s = 0;
        for (int f = 0; f < factors; f++) s += userF[user][f] * itemF[item][f];
        return s;
    }

    public List<Integer> topFor(int user, List<Integer> candidates, int n) {
        return candidates.stream()
                .sorted((x, y) -> Double.compare(score(user, y), score(user, x)))
                .limit(n)
                .toList();
    }
}
