package pressfacts.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pressfacts.eval.ReleasePool;

/**
 * The file name of each document's page: {@code doc-} and the doc_id with every character
 * outside {@code [A-Za-z0-9_-]} replaced by {@code _} (ids may hold '/', spaces or anything a
 * JSONL file gives), then {@code -2}, {@code -3}... when two ids map to one name, also when they
 * differ only in case (one file where the file system ignores case). An id longer than
 * {@value #MAX_ID_CHARS} characters keeps its first characters and a hash of the whole, so names
 * stay far below file-name limits. Names follow the order of the items, so the same inputs give
 * the same names.
 */
public final class PageNames {
  static final int MAX_ID_CHARS = 80;
  private final Map<String, String> byDocId = new HashMap<>();
  private final Map<String, String> byPage = new HashMap<>();

  public PageNames(List<ReviewItem> items) {
    Set<String> used = new HashSet<>();
    for (ReviewItem item : items) {
      if (byDocId.containsKey(item.docId())) {
        continue;
      }
      String id = item.docId();
      if (id.length() > MAX_ID_CHARS) {
        id = id.substring(0, MAX_ID_CHARS - 17) + "-" + ReleasePool.sha256(id).substring(0, 16);
      }
      String base = "doc-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
      String name = base;
      for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      byDocId.put(item.docId(), name);
      byPage.put(name, item.docId());
    }
  }

  /** The page's base name, without extension ({@code doc-seed-press-release}). */
  public String of(String docId) {
    String name = byDocId.get(docId);
    if (name == null) {
      throw new IllegalArgumentException("no page for doc_id '" + docId + "'");
    }
    return name;
  }

  /** The doc_id whose page has this base name, or null. */
  public String docIdOf(String pageName) {
    return byPage.get(pageName);
  }
}
