package pressfacts.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which JSONL fields hold a document's id, text, title and publication date. By default "doc_id"
 * (else "id"), "text", "title", and "published" (else "date", "published_at", "pubDate": what
 * feeds call it). A user may name the field of each ({@code --field published=feed_date}); a
 * named field replaces the defaults of its target. A crawler's "feed_date" is never read by
 * default: it is the date the crawler saw the page, not the release's date.
 */
public final class FieldNames {
  public static final String DOC_ID = "doc_id";
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String PUBLISHED = "published";
  /** The targets a user may map. */
  public static final Set<String> TARGETS = Set.of(DOC_ID, TEXT, TITLE, PUBLISHED);

  public static final FieldNames DEFAULT = new FieldNames(Map.of(
      DOC_ID, List.of("doc_id", "id"),
      TEXT, List.of("text"),
      TITLE, List.of("title"),
      PUBLISHED, List.of("published", "date", "published_at", "pubDate")));

  private final Map<String, List<String>> names;

  private FieldNames(Map<String, List<String>> names) {
    this.names = Map.copyOf(names);
  }

  /**
   * The defaults with the given mappings ({@code "published=feed_date"}, TARGET=FIELD) applied.
   *
   * @throws IllegalArgumentException for a mapping without "=", or an unknown target
   */
  public static FieldNames of(List<String> mappings) {
    Map<String, List<String>> names = new LinkedHashMap<>(DEFAULT.names);
    for (String m : mappings) {
      int eq = m.indexOf('=');
      if (eq <= 0 || eq == m.length() - 1) {
        throw new IllegalArgumentException("--field takes TARGET=FIELD (for example published=feed_date), not '" + m + "'");
      }
      String target = m.substring(0, eq).strip();
      if (!TARGETS.contains(target)) {
        throw new IllegalArgumentException("--field: unknown target '" + target + "'; it is one of doc_id, text, title, published");
      }
      names.put(target, List.of(m.substring(eq + 1).strip()));
    }
    return new FieldNames(names);
  }

  /** The field names tried for {@code target}, in order. */
  public List<String> names(String target) {
    return names.get(target);
  }

  /** The first of {@code target}'s fields that {@code line} holds with a non-null value, or null. */
  String first(JsonNode line, String target) {
    for (String f : names.get(target)) {
      if (line.hasNonNull(f)) {
        return f;
      }
    }
    return null;
  }

  /** The mappings that differ from the defaults, as TARGET=FIELD, sorted (for the run manifest). */
  public List<String> mappings() {
    List<String> out = new ArrayList<>();
    for (String t : new TreeSet<>(names.keySet())) {
      if (!names.get(t).equals(DEFAULT.names.get(t))) {
        out.add(t + "=" + String.join(",", names.get(t)));
      }
    }
    return out;
  }
}
