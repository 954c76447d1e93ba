package pressfacts.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the scorers of one evaluation add up: counts and shares under a metric name and a type,
 * and the error list. One tally belongs to one evaluation on one thread; it is never shared.
 */
final class Tally {
  private final Map<String, Counts> counts = new TreeMap<>();
  private final Map<String, Share> shares = new TreeMap<>();
  private final List<ErrorItem> errors = new ArrayList<>();

  void add(String metric, String type, Counts c) {
    counts.merge(metric + "\t" + type, c, Counts::plus);
  }

  void add(String metric, Share s) {
    shares.merge(metric, s, Share::plus);
  }

  void error(String docId, String kind, String error, String detail) {
    errors.add(new ErrorItem(docId, kind, error, detail));
  }

  Counts counts(String metric, String type) {
    return counts.getOrDefault(metric + "\t" + type, Counts.ZERO);
  }

  Share share(String metric) {
    return shares.getOrDefault(metric, Share.ZERO);
  }

  List<ErrorItem> errors() {
    return List.copyOf(errors);
  }
}
