package pressfacts.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pressfacts.record.PressRecord;

/**
 * Writes the static report: {@code index.html} and one {@code doc-ID.html} per record, all in
 * one folder, linked by relative paths and with styles and scripts inline, so the folder opens
 * from disk, offline, and can be copied as a whole.
 */
public final class ReportWriter {
  private final Templates templates;

  public ReportWriter(Templates templates) {
    this.templates = templates;
  }

  /** Writes the report into {@code dir} (created if needed) and returns the number of pages written. */
  public int write(List<ReviewItem> items, Path dir) throws IOException {
    Files.createDirectories(dir);
    PageNames pages = new PageNames(items);
    Files.writeString(dir.resolve("index.html"), templates.index(ReportModel.index(items, pages, false)),
        StandardCharsets.UTF_8);
    int n = 1;
    Set<String> written = new HashSet<>();
    for (ReviewItem item : items) {
      // Of records sharing a doc_id, the first gets the page (the server does the same).
      if (item.outcome() instanceof PressRecord r && written.add(r.docId())) {
        String note = item.text() == null ? "No input gave this document's text: facts are listed without it." : null;
        DocumentView view = ReportModel.document(r, item.text(), false, null, null, note);
        Files.writeString(dir.resolve(pages.of(r.docId()) + ".html"), templates.document(view), StandardCharsets.UTF_8);
        n++;
      }
    }
    return n;
  }
}
