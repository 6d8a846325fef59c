package org.okju.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over a {@link PersonCandidates.Candidate}'s features: how likely the
 * candidate is a person of its document. Trained by full-batch gradient descent from zero weights,
 * a fixed number of rounds with a fixed step and L2 penalty, so the same examples always give the
 * same weights (no random seed involved). Immutable.
 */
public final class PersonModel {
  /** A training example: the candidate's features and whether the annotation lists it. */
  public record Example(Map<String, Double> features, boolean person) {}

  private static final String BIAS = "(bias)";
  private static final String THRESHOLD = "# threshold ";
  private final Map<String, Double> weights;
  private final double threshold;

  private PersonModel(Map<String, Double> weights, double threshold) {
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
  }

  /** The probability under which a candidate is decided to be no person (0.5 unless set). */
  public double threshold() {
    return threshold;
  }

  /** This model with the threshold its cross-validation chose. */
  public PersonModel withThreshold(double newThreshold) {
    return new PersonModel(weights, newThreshold);
  }

  /**
   * Learns a model.
   *
   * @param rounds gradient steps over all examples
   * @param step the learning rate
   * @param l2 the penalty on the squared weights (not on the bias)
   * @param skip features never to use (to learn without the rules' own reading, say)
   */
  public static PersonModel train(
      List<Example> examples, int rounds, double step, double l2, java.util.Set<String> skip) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new TreeMap<>();
    index.put(BIAS, 0);
    names.add(BIAS);
    for (Example e : examples) {
      for (String f : new java.util.TreeSet<>(e.features().keySet())) {
        if (!skip.contains(f) && !index.containsKey(f)) {
          index.put(f, names.size());
          names.add(f);
        }
      }
    }
    int n = examples.size();
    int[][] idx = new int[n][];
    double[][] val = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Example e = examples.get(i);
      List<int[]> pairsI = new ArrayList<>();
      List<Double> pairsV = new ArrayList<>();
      pairsI.add(new int[] {0});
      pairsV.add(1.0);
      for (Map.Entry<String, Double> f : new TreeMap<>(e.features()).entrySet()) {
        Integer k = index.get(f.getKey());
        if (k != null) {
          pairsI.add(new int[] {k});
          pairsV.add(f.getValue());
        }
      }
      idx[i] = pairsI.stream().mapToInt(a -> a[0]).toArray();
      val[i] = pairsV.stream().mapToDouble(Double::doubleValue).toArray();
      y[i] = e.person() ? 1 : 0;
    }
    double[] w = new double[names.size()];
    double[] grad = new double[w.length];
    for (int r = 0; r < rounds; r++) {
      java.util.Arrays.fill(grad, 0);
      for (int i = 0; i < n; i++) {
        double z = 0;
        for (int j = 0; j < idx[i].length; j++) {
          z += w[idx[i][j]] * val[i][j];
        }
        double err = sigmoid(z) - y[i];
        for (int j = 0; j < idx[i].length; j++) {
          grad[idx[i][j]] += err * val[i][j];
        }
      }
      for (int k = 0; k < w.length; k++) {
        double g = grad[k] / Math.max(1, n) + (k == 0 ? 0 : l2 * w[k]);
        w[k] -= step * g;
      }
    }
    Map<String, Double> out = new TreeMap<>();
    for (int k = 0; k < w.length; k++) {
      out.put(names.get(k), w[k]);
    }
    return new PersonModel(out, 0.5);
  }

  /** The probability that a candidate with {@code features} is a person. */
  public double probability(Map<String, Double> features) {
    double z = weights.getOrDefault(BIAS, 0.0);
    for (Map.Entry<String, Double> f : features.entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return sigmoid(z);
  }

  /** The weights, by feature name. */
  public Map<String, Double> weights() {
    return weights;
  }

  /**
   * The model as text: its threshold on a comment line, then one {@code feature<TAB>weight} line
   * per feature, sorted.
   */
  public String write() {
    StringBuilder b = new StringBuilder();
    b.append(THRESHOLD).append(String.format(Locale.ROOT, "%.6f", threshold)).append('\n');
    new TreeMap<>(weights)
        .forEach(
            (k, v) ->
                b.append(k)
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.6f", v))
                    .append('\n'));
    return b.toString();
  }

  /** A model written by {@link #write}. */
  public static PersonModel read(InputStream in) {
    Map<String, Double> w = new TreeMap<>();
    double threshold = 0.5;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(THRESHOLD)) {
          threshold = Double.parseDouble(line.substring(THRESHOLD.length()).strip());
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the person model", e);
    }
    return new PersonModel(w, threshold);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
