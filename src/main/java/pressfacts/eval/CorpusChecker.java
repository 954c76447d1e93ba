package pressfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * Validates gold files ({@code corpus check}): each {@code ID.json} (or {@code ID.gold.json})
 * must have its {@code ID.txt} beside it (or name a pool release whose text still has the sha256
 * it was labelled on), parse as a record ({@link RecordShape}, then
 * {@code RecordJson.read}), keep every {@link RecordValidator} invariant against the text, be
 * named after its doc_id (the id itself, or {@link GoldCorpus#baseNameOf} of an id that is no
 * safe file name), and give the published date line its offsets. A date value may be null
 * (the contract allows it: a relative date in a document without a date line cannot be placed).
 * Every problem is reported, not just the first (except that a file whose JSON shape is broken is
 * not checked further).
 */
public final class CorpusChecker {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Totals of one check: how many gold files were read, and every problem found. */
  public record Result(int files, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private CorpusChecker() {
  }

  /** Checks every gold file in the given folders (not below them) or files. */
  public static Result check(List<Path> paths) {
    List<Problem> out = new ArrayList<>();
    int files = 0;
    GoldTexts texts = new GoldTexts();
    for (Path p : paths) {
      List<Path> golds;
      try {
        golds = GoldCorpus.goldFiles(p);
      } catch (IOException e) {
        out.add(new Problem(p.toString(), "file", null, e.getMessage()));
        continue;
      }
      if (golds.isEmpty()) {
        out.add(new Problem(p.toString(), "file", null, "no gold .json file in this folder"));
      }
      for (Path g : golds) {
        files++;
        out.addAll(checkFile(g, texts));
      }
    }
    return new Result(files, out);
  }

  /** Every problem of one gold file. */
  public static List<Problem> checkFile(Path json) {
    return checkFile(json, new GoldTexts());
  }

  private static List<Problem> checkFile(Path json, GoldTexts texts) {
    String where = json.toString();
    List<Problem> out = new ArrayList<>();
    JsonNode tree;
    try {
      tree = MAPPER.readTree(Files.readString(json, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      out.add(new Problem(where, "json", null, "not JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
      return out;
    } catch (IOException e) {
      out.add(new Problem(where, "file", null, "cannot read: " + e.getMessage()));
      return out;
    }
    // The text: ID.txt beside the file, or the pool release it names (sha256 checked).
    String text = null;
    try {
      text = texts.find(json, tree, GoldCorpus.idOf(json)).document().text();
    } catch (IOException e) {
      out.add(new Problem(where, "file", null, e.getMessage().startsWith(where)
          ? e.getMessage().substring(where.length()).replaceFirst("^: ", "") : e.getMessage()));
    }
    out.addAll(checkRecord(tree, text, where, GoldCorpus.idOf(json)));
    return out;
  }

  /**
   * Every problem of one gold record given as JSON, checked as {@code corpus check} checks a file
   * against {@code text} (its shape, its reading, the published date line's offsets and every
   * {@link RecordValidator} invariant), without the file: what a gold file must pass before it is
   * written (the review server's saves).
   */
  public static List<Problem> checkRecord(JsonNode tree, String text, String where) {
    return checkRecord(tree, text, where, null);
  }

  /** {@code fileId}: the name of the file the record was read from (its doc_id must match), or null. */
  private static List<Problem> checkRecord(JsonNode tree, String text, String where, String fileId) {
    List<Problem> out = new ArrayList<>();
    List<Problem> shape = RecordShape.check(tree, where);
    if (!shape.isEmpty()) {
      out.addAll(shape);
      return out;
    }
    Outcome o;
    try {
      o = RecordJson.read(tree);
    } catch (RuntimeException e) {
      out.add(new Problem(where, "record", null, "cannot be read as a record: " + e.getMessage()));
      return out;
    }
    if (!(o instanceof PressRecord r)) {
      out.add(new Problem(where, "error", null, "an error record is not a gold record"));
      return out;
    }
    String named = GoldCorpus.baseNameOf(r.docId());
    if (fileId != null && !r.docId().equals(fileId) && !named.equals(fileId)) {
      out.add(new Problem(where, "doc_id", null, "'" + r.docId() + "' differs from the file name '" + fileId + "'"
          + (named.equals(r.docId()) ? "" : " (its file name is " + named + ".json)")));
    }
    if (r.published() != null && r.published().span() == null) {
      out.add(new Problem(where, "published", null, "the gold date line needs start, end and text"));
    }
    if (text != null) {
      out.addAll(RecordValidator.validate(r, text, where));
    }
    return out;
  }
}
