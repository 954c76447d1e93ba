package pressfacts.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import pressfacts.doc.Document;
import pressfacts.io.DocumentSource;
import pressfacts.io.SourceItem;
import pressfacts.io.TextDecoder;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * Reads hand-labelled documents, sorted by doc id. Two layouts:
 * <ul>
 *   <li>a folder of {@code ID.txt} + {@code ID.json} (or {@code ID.gold.json}, the seed's name),
 *       or one such {@code .json} file beside its {@code .txt}; a gold file that names a release of
 *       the pool ({@code "pool"}, see {@link ReleasePool}) needs no {@code .txt};</li>
 *   <li>a {@code .jsonl} of gold records and a {@code .jsonl} of inputs {@code {"doc_id", "text"}}
 *       (texts may instead travel in the gold records' own {@code "text"} field).</li>
 * </ul>
 * A file that cannot be read as a record is an error naming the file; {@code corpus check} says more.
 */
public final class GoldCorpus {
  static final String GOLD_SUFFIX = ".gold.json";
  static final String JSON_SUFFIX = ".json";
  /** Ids that are their own file name: lower case (so no two differ only in case), safe in any file system. */
  private static final Pattern PLAIN_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final int SLUG_CHARS = 48;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldCorpus() {
  }

  /** Reads {@code gold}: a folder or one .json file; a .jsonl needs {@link #readJsonl}. */
  public static List<GoldDoc> read(Path gold) throws IOException {
    if (gold.toString().endsWith(".jsonl")) {
      return readJsonl(gold, null);
    }
    List<GoldDoc> docs = new ArrayList<>();
    GoldTexts texts = new GoldTexts();
    for (Path json : goldFiles(gold)) {
      docs.add(readPair(json, texts));
    }
    return sorted(docs);
  }

  /** The gold .json files of a folder (not below it), or the file itself; sorted by name. */
  public static List<Path> goldFiles(Path gold) throws IOException {
    if (!Files.isDirectory(gold)) {
      if (!Files.isRegularFile(gold)) {
        throw new IOException("no such file or folder: " + gold);
      }
      return List.of(gold);
    }
    try (Stream<Path> files = Files.list(gold)) {
      return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(JSON_SUFFIX))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }

  /** The doc id a gold file is named for: its name without {@code .gold.json} or {@code .json}. */
  public static String idOf(Path json) {
    String name = json.getFileName().toString();
    if (name.endsWith(GOLD_SUFFIX)) {
      return name.substring(0, name.length() - GOLD_SUFFIX.length());
    }
    return name.endsWith(JSON_SUFFIX) ? name.substring(0, name.length() - JSON_SUFFIX.length()) : name;
  }

  /**
   * The file name, without {@code .json} or {@code .txt}, of the gold files of {@code docId}: the
   * id itself when it is plain (lower-case letters, digits, '.', '_' and '-', not starting with
   * '.' or '-', at most 100 characters, not ending in ".gold"), as every corpus id is; otherwise a
   * readable part of the id, '~' and the first 32 hex digits of the sha256 of its UTF-8 bytes
   * ({@code "A b" -> "a_b~a760..."}). Plain names hold no '~' and hashed names always do, and both
   * are lower case, so no two ids share a name, even on a file system that ignores case; every
   * name has at most 100 characters. The doc_id itself is inside the file.
   */
  public static String baseNameOf(String docId) {
    if (PLAIN_ID.matcher(docId).matches() && !docId.endsWith(".gold")) {
      return docId;
    }
    String slug = docId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    slug = slug.substring(0, Math.min(slug.length(), SLUG_CHARS));
    return (slug.isEmpty() ? "_" : slug) + "~" + ReleasePool.sha256(docId).substring(0, 32);
  }

  /** The text file beside a gold file. */
  public static Path textOf(Path json) {
    return json.resolveSibling(idOf(json) + ".txt");
  }

  private static GoldDoc readPair(Path json, GoldTexts texts) throws IOException {
    String content = Files.readString(json, StandardCharsets.UTF_8);
    PressRecord gold = record(content, json.toString());
    // The pipeline names its record after the document: use the gold doc_id, so they pair up even
    // when a file is misnamed (corpus check reports that).
    GoldTexts.Found found = texts.find(json, MAPPER.readTree(content), gold.docId());
    return new GoldDoc(gold.docId(), found.document(), gold, json.toString(), found.family(), found.site());
  }

  /**
   * Reads gold records, one a line, and takes each text from {@code inputs} (JSONL of
   * {@code {"doc_id", "text", ...}}) or, when {@code inputs} is null, from the record's "text".
   */
  public static List<GoldDoc> readJsonl(Path goldJsonl, Path inputs) throws IOException {
    Map<String, SourceItem> texts = new LinkedHashMap<>();
    if (inputs != null) {
      DocumentSource source = new DocumentSource(List.of(inputs.toString()), InputStream.nullInputStream(),
          TextDecoder.DEFAULT_MAX_BYTES);
      while (source.hasNext()) {
        SourceItem item = source.next();
        if (item.error() != null) {
          throw new IOException(inputs + ": " + item.error().message());
        }
        texts.putIfAbsent(item.docId(), item);
      }
    }
    List<GoldDoc> docs = new ArrayList<>();
    JsonLines.forEach(goldJsonl, (line, n) -> {
      String where = goldJsonl + ":" + n;
      PressRecord gold = record(line, where);
      Document doc;
      if (texts.containsKey(gold.docId())) {
        doc = texts.get(gold.docId()).document();
      } else if (gold.text() != null) {
        doc = Document.of(gold.docId(), gold.text());
      } else {
        throw new IOException(where + ": no text for doc_id '" + gold.docId() + "'"
            + (inputs == null ? " (give the texts with --input INPUT.jsonl)" : " in " + inputs));
      }
      docs.add(new GoldDoc(gold.docId(), doc, gold, where));
    });
    return sorted(docs);
  }

  private static PressRecord record(String json, String where) throws IOException {
    Outcome o;
    try {
      o = RecordJson.read(json);
    } catch (RuntimeException e) {
      throw new IOException(where + ": not a valid record: " + e.getMessage()
          + " (run 'pressfacts corpus check' for every problem)", e);
    }
    if (!(o instanceof PressRecord r)) {
      throw new IOException(where + ": an error record, not a gold record");
    }
    return r;
  }

  private static List<GoldDoc> sorted(List<GoldDoc> docs) throws IOException {
    docs.sort(Comparator.comparing(GoldDoc::docId));
    for (int i = 1; i < docs.size(); i++) {
      if (docs.get(i).docId().equals(docs.get(i - 1).docId())) {
        throw new IOException("doc_id '" + docs.get(i).docId() + "' is labelled twice: "
            + docs.get(i - 1).source() + " and " + docs.get(i).source());
      }
    }
    return docs;
  }
}
