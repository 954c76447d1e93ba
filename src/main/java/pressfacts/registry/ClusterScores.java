package pressfacts.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise and B-cubed precision and recall of a clustering against a gold clustering of the same
 * items. Items are strings ("doc_id/entity"); only gold items are scored, and a gold item the
 * prediction lacks counts as a predicted singleton.
 * <ul>
 *   <li>pairwise: the pairs of items put together, against the gold pairs; precision is n/a when
 *   nothing was put together (no pair predicted), recall n/a when gold has no pair;</li>
 *   <li>B-cubed: per item, the share of its predicted cluster that is in its gold cluster
 *   (precision) and the share of its gold cluster that is in its predicted cluster (recall),
 *   averaged over items.</li>
 * </ul>
 */
public record ClusterScores(long goldPairs, long predictedPairs, long truePairs, double bcubedPrecision,
                            double bcubedRecall, int items, List<List<String>> falseMerges) {

  public static ClusterScores of(List<List<String>> gold, List<List<String>> predicted) {
    Map<String, Integer> goldOf = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      for (String item : gold.get(i)) {
        goldOf.put(item, i);
      }
    }
    Map<String, Integer> predOf = new HashMap<>();
    List<List<String>> pred = new ArrayList<>();
    for (List<String> c : predicted) {
      List<String> in = c.stream().filter(goldOf::containsKey).filter(x -> !predOf.containsKey(x)).toList();
      if (!in.isEmpty()) {
        in.forEach(x -> predOf.put(x, pred.size()));
        pred.add(in);
      }
    }
    for (String item : goldOf.keySet().stream().sorted().toList()) {
      if (!predOf.containsKey(item)) {
        predOf.put(item, pred.size());
        pred.add(List.of(item));
      }
    }
    long goldPairs = gold.stream().mapToLong(c -> pairs(c.size())).sum();
    long predPairs = pred.stream().mapToLong(c -> pairs(c.size())).sum();
    long truePairs = 0;
    double p = 0;
    double r = 0;
    List<List<String>> falseMerges = new ArrayList<>();
    for (List<String> c : pred) {
      Map<Integer, Integer> cells = new HashMap<>();
      c.forEach(x -> cells.merge(goldOf.get(x), 1, Integer::sum));
      for (int n : cells.values()) {
        truePairs += pairs(n);
      }
      for (String x : c) {
        int both = cells.get(goldOf.get(x));
        p += (double) both / c.size();
        r += (double) both / gold.get(goldOf.get(x)).size();
      }
      if (cells.size() > 1) {
        falseMerges.add(c);
      }
    }
    int n = goldOf.size();
    return new ClusterScores(goldPairs, predPairs, truePairs, n == 0 ? Double.NaN : p / n, n == 0 ? Double.NaN : r / n, n,
        List.copyOf(falseMerges));
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  public double pairwisePrecision() {
    return predictedPairs == 0 ? Double.NaN : (double) truePairs / predictedPairs;
  }

  public double pairwiseRecall() {
    return goldPairs == 0 ? Double.NaN : (double) truePairs / goldPairs;
  }

  public static double f1(double p, double r) {
    return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
  }

  /** Items of the gold set, for callers that check coverage. */
  public static Set<String> items(List<List<String>> clusters) {
    Set<String> out = new HashSet<>();
    clusters.forEach(out::addAll);
    return out;
  }
}
