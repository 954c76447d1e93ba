package pressfacts.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;

/**
 * Reads JSON Lines {@code {"doc_id" (or "id"), "text", "published"?, "title"?}} one line at a
 * time. A bad line becomes an error item named {@code SOURCE:LINE} (or by its doc_id when it has
 * one); blank lines are skipped, as JSON Lines allows.
 */
final class JsonlReader implements Iterator<SourceItem> {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** ISO date or date-time as sources write it; seconds and zone are dropped (records keep minutes). */
  private static final Pattern ISO_PUBLISHED =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private final String source;
  private final BufferedReader reader;
  private final int maxChars;
  private int lineNo;
  private SourceItem pending;
  private boolean done;

  JsonlReader(String source, BufferedReader reader, int maxChars) {
    this.source = source;
    this.reader = reader;
    this.maxChars = maxChars;
  }

  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          pending = parse(line);
          return true;
        }
      }
      reader.close();
    } catch (IOException e) {
      pending = SourceItem.failed(new ErrorRecord(source + ":" + (lineNo + 1), ErrorCode.UNREADABLE,
          "reading '" + source + "' failed after line " + lineNo + ": " + e.getMessage()));
    }
    done = true;
    return pending != null;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = pending;
    pending = null;
    return item;
  }

  private SourceItem parse(String line) {
    // Named by file name and line, like a .txt document is named by its file name.
    String where = java.nio.file.Path.of(source).getFileName() + ":" + lineNo;
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return fail(where, ErrorCode.MALFORMED_JSONL, "line " + lineNo + " of '" + source + "' is not JSON: "
          + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      return fail(where, ErrorCode.MALFORMED_JSONL, "line " + lineNo + " of '" + source + "' is not a JSON object");
    }
    String docId = n.hasNonNull("doc_id") ? n.get("doc_id").asText() : n.hasNonNull("id") ? n.get("id").asText() : where;
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) {
      return fail(docId, ErrorCode.MISSING_TEXT, "line " + lineNo + " of '" + source + "' has no \"text\" string");
    }
    if (text.asText().length() > maxChars) {
      return fail(docId, ErrorCode.TOO_LARGE, "line " + lineNo + " of '" + source + "': text of "
          + text.asText().length() + " characters is above the limit of " + maxChars);
    }
    if (text.asText().isBlank()) {
      return fail(docId, ErrorCode.EMPTY_INPUT, "line " + lineNo + " of '" + source + "' has an empty text");
    }
    DateValue published = null;
    if (n.hasNonNull("published")) {
      published = parsePublished(n.get("published").asText());
      if (published == null) {
        return fail(docId, ErrorCode.BAD_FIELD, "line " + lineNo + " of '" + source + "': \"published\" '"
            + n.get("published").asText() + "' is not an ISO date such as 2008-08-05 or 2008-08-05T12:35");
      }
    }
    String title = n.hasNonNull("title") ? n.get("title").asText() : null;
    return SourceItem.of(new Document(docId, text.asText(), published, title, List.of()));
  }

  static DateValue parsePublished(String s) {
    Matcher m = ISO_PUBLISHED.matcher(s.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      return DateValue.parse(m.group(2) == null ? m.group(1) : m.group(1) + "T" + m.group(2));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static SourceItem fail(String docId, ErrorCode code, String message) {
    return SourceItem.failed(new ErrorRecord(docId, code, message));
  }
}
