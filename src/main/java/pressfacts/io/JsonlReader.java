package pressfacts.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.DateValue;
import pressfacts.doc.Document;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;

/**
 * Reads JSON Lines {@code {"doc_id" (or "id"), "text", "published"?, "title"?}} one line at a
 * time. A feed's publication date may also stand in "date", "published_at" or "pubDate" (ISO, or
 * RFC 1123 as RSS writes it) when "published" is absent; {@link FieldNames} names other fields
 * ({@code extract --field published=feed_date}). Fields the reader does not use are passed
 * through to the record under "source", and their names are reported once a run. A bad line becomes an error item named {@code SOURCE:LINE} (or by its doc_id when it has
 * one); blank lines are skipped, as JSON Lines allows. Each line is decoded on its own: invalid
 * UTF-8 spoils only its line (replaced, with an INVALID_UTF8 warning), a line longer than the
 * bound is skipped unread as TOO_LARGE, and a line with anything after its object is malformed.
 */
final class JsonlReader implements Iterator<SourceItem> {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectReader READER = new ObjectMapper(JsonFactory.builder()
      // The line bound below limits sizes; Jackson's own string limit would call a long text "malformed".
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build())
      .readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** ISO date or date-time as sources write it; seconds are dropped (records keep minutes), a zone offset is kept. */
  private static final Pattern ISO_PUBLISHED =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  /** The doc_id of a line too long to parse, read off its first bytes for the error record. */
  private static final Pattern ID_IN_PREFIX = Pattern.compile("\"(?:doc_)?id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,1000})\"");
  /** A JSON text escapes a character in at most 6 bytes: a line above this many bytes per allowed character is too long. */
  private static final int BYTES_PER_CHAR = 6;

  /** The fields a line may carry that the reader uses; any other is reported (once a run) as unused. */
  static final Set<String> USED_FIELDS = Set.of("doc_id", "id", "text", "published", "title");

  private final String source;
  private final FieldNames fields;
  private final Set<String> unusedFields;
  private final BoundedLines lines;
  private final int maxChars;
  private int lineNo;
  private boolean sawObject;
  private SourceItem pending;
  private boolean done;

  JsonlReader(String source, InputStream in, int maxChars) {
    this(source, in, maxChars, new TreeSet<>());
  }

  /** As above; the names of fields that lines carry but the reader does not use are added to {@code unusedFields}. */
  JsonlReader(String source, InputStream in, int maxChars, Set<String> unusedFields) {
    this(source, in, maxChars, unusedFields, FieldNames.DEFAULT);
  }

  /** As above, with the fields that hold the doc_id, text, title and publication date named by {@code fields}. */
  JsonlReader(String source, InputStream in, int maxChars, Set<String> unusedFields, FieldNames fields) {
    this.fields = fields;
    this.source = source;
    this.unusedFields = unusedFields;
    this.lines = new BoundedLines(in, (long) maxChars * BYTES_PER_CHAR + 1024);
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
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        lineNo++;
        if (line.tooLong()) {
          pending = tooLong(line);
          return true;
        }
        if (!isBlank(line.bytes())) {
          pending = parse(line.bytes());
          return true;
        }
      }
      lines.close();
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

  private String where() {
    // Named by file name and line, like a .txt document is named by its file name.
    return java.nio.file.Path.of(source).getFileName() + ":" + lineNo;
  }

  private SourceItem tooLong(BoundedLines.Line line) {
    Matcher m = ID_IN_PREFIX.matcher(new String(line.bytes(), StandardCharsets.UTF_8));
    String docId = m.find() ? unescape(m.group(1)) : where();
    return fail(docId, ErrorCode.TOO_LARGE, "line " + lineNo + " of '" + source + "' is " + line.length()
        + " bytes, above the limit for a text of " + maxChars + " characters; it was skipped unread");
  }

  private static String unescape(String jsonString) {
    try {
      return READER.<JsonNode>readValue("\"" + jsonString + "\"").asText();
    } catch (IOException e) {
      return jsonString;
    }
  }

  private SourceItem parse(byte[] bytes) {
    String where = where();
    List<Warning> warnings = new ArrayList<>();
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      line = new String(bytes, StandardCharsets.UTF_8);
      warnings.add(new Warning(WarningCode.INVALID_UTF8, "line " + lineNo + " of '" + source + "' is not valid UTF-8;"
          + " bad byte sequences were replaced with U+FFFD and offsets refer to the decoded text"));
    }
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    boolean first = !sawObject;
    JsonNode n;
    try {
      n = READER.readValue(line);
    } catch (IOException e) {
      String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      if (first && !line.stripLeading().startsWith("{")) {
        return fail(where, ErrorCode.MALFORMED_JSONL, "line " + lineNo + " of '" + source + "' is not JSON: "
            + (source.equals("<stdin>") ? "standard input takes JSON Lines, one {\"doc_id\", \"text\"} object a line;"
            + " give a plain text file by its path" : "a .jsonl file holds one {\"doc_id\", \"text\"} object a line"));
      }
      return fail(where, ErrorCode.MALFORMED_JSONL, "line " + lineNo + " of '" + source + "' is not one JSON object: " + msg);
    }
    if (n == null || !n.isObject()) {
      return fail(where, ErrorCode.MALFORMED_JSONL, "line " + lineNo + " of '" + source + "' is not a JSON object");
    }
    sawObject = true;
    return item(n, "line " + lineNo + " of '" + source + "'", where, warnings, maxChars, fields, unusedFields);
  }

  /** As below, with the default field names and no report of unused fields (inputs that are not JSONL lines). */
  static SourceItem item(JsonNode n, String at, String where, List<Warning> warnings, int maxChars) {
    return item(n, at, where, warnings, maxChars, FieldNames.DEFAULT, new HashSet<>());
  }

  /**
   * Checks one input object and makes its item: {@code at} names the object in messages ("line 3
   * of 'x.jsonl'"), {@code where} is its doc_id when it has none; {@code fields} says which fields
   * hold what, and the names of the others are added to {@code unusedFields} (their values travel
   * in the record under "source").
   */
  static SourceItem item(JsonNode n, String at, String where, List<Warning> warnings, int maxChars, FieldNames fields,
                         Set<String> unusedFields) {
    String idField = fields.first(n, FieldNames.DOC_ID);
    String textField = fields.first(n, FieldNames.TEXT);
    String titleField = fields.first(n, FieldNames.TITLE);
    String publishedField = fields.first(n, FieldNames.PUBLISHED);
    Set<String> read = new HashSet<>();
    Collections.addAll(read, idField, textField, titleField, publishedField);
    Map<String, Object> passed = new LinkedHashMap<>();
    n.fields().forEachRemaining(f -> {
      if (!read.contains(f.getKey())) {
        unusedFields.add(f.getKey());
        passed.put(f.getKey(), PLAIN.convertValue(f.getValue(), Object.class));
      }
    });
    String docId = idField != null ? n.get(idField).asText() : where;
    if (hasLoneSurrogate(docId)) {
      return fail(where, ErrorCode.BAD_FIELD, at + ": the doc_id holds an unpaired"
          + " UTF-16 surrogate (\\uD800-\\uDFFF alone), which no UTF-8 output can keep");
    }
    JsonNode text = textField == null ? null : n.get(textField);
    if (text == null || !text.isTextual()) {
      return fail(docId, ErrorCode.MISSING_TEXT, at + " has no \"" + fields.names(FieldNames.TEXT).get(0) + "\" string");
    }
    if (text.asText().length() > maxChars) {
      return fail(docId, ErrorCode.TOO_LARGE, at + ": text of "
          + text.asText().length() + " characters is above the limit of " + maxChars);
    }
    if (text.asText().isBlank()) {
      return fail(docId, ErrorCode.EMPTY_INPUT, at + " has an empty text");
    }
    DateValue published = null;
    if (publishedField != null) {
      published = parsePublished(n.get(publishedField).asText());
      if (published == null) {
        return fail(docId, ErrorCode.BAD_FIELD, at + ": \"" + publishedField + "\" '"
            + n.get(publishedField).asText() + "' is not a date such as 2008-08-05, 2008-08-05T12:35 or"
            + " Tue, 05 Aug 2008 12:35:00 GMT");
      }
    }
    String title = titleField != null ? n.get(titleField).asText() : null;
    return SourceItem.of(new Document(docId, text.asText(), published, title, warnings, false, passed));
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r' && x != '\f') {
        return false;
      }
    }
    return true;
  }

  static DateValue parsePublished(String s) {
    Matcher m = ISO_PUBLISHED.matcher(s.trim());
    if (!m.matches()) {
      // RSS's pubDate: "Tue, 10 Jun 2003 04:00:00 GMT" (RFC 1123); the clock time and its offset as written
      try {
        java.time.ZonedDateTime z = java.time.ZonedDateTime.parse(s.trim(),
            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
        return new DateValue.Minute(z.toLocalDateTime(), z.getOffset());
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    try {
      DateValue v = DateValue.parse(m.group(2) == null ? m.group(1) : m.group(1) + "T" + m.group(2));
      // "+0400" and "+04:00" are one offset; the record writes ISO's "+04:00" (and "Z" for zero)
      return m.group(3) == null ? v : ((DateValue.Minute) v).withOffset(java.time.ZoneOffset.of(m.group(3)));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static SourceItem fail(String docId, ErrorCode code, String message) {
    return SourceItem.failed(new ErrorRecord(docId, code, message));
  }
}
