package pressfacts.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a document stands in the batch, as {@code extract} reads it: the input's position on the
 * command line, the file within the input (its doc_id, then its relative path, as extract sorts a
 * folder; or a Parquet file's path), and the line or row within the file. The job sorts by it, so
 * its output files are in input order, and counts duplicate doc_ids by it, so the same input gives
 * the same records however it is partitioned.
 */
public record OrderKey(int input, String file, long line) implements Comparable<OrderKey>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<OrderKey> ORDER = Comparator.comparingInt(OrderKey::input)
      .thenComparing(OrderKey::file).thenComparingLong(OrderKey::line);

  public OrderKey {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public int compareTo(OrderKey o) {
    return ORDER.compare(this, o);
  }
}
