package pressfacts.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.ReleasePool;
import pressfacts.io.TextDecoder;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * The folder of corrected records, laid out as a gold corpus folder, so that {@code corpus check
 * DIR} and {@code eval DIR} read it as it is:
 * <ul>
 *   <li>{@code DIR/NAME.json}: the record in the gold shape ({@link GoldRecord}), where NAME is
 *       {@link GoldCorpus#baseNameOf}: the doc_id itself when it is a plain lower-case id, else a
 *       readable part of it and a hash. Names are distinct for distinct doc_ids (also where a file
 *       system ignores case) and short, whatever the id; the doc_id is inside the file.</li>
 *   <li>the text its offsets index into: {@code "pool": {"id", "sha256"}} in the JSON when the
 *       document is a release of the release pool found from DIR ({@link ReleasePool#near}) with
 *       that very text, since pool texts stay in the pool; else {@code DIR/NAME.txt}, written so
 *       that reading it back as a text input gives exactly the same string.</li>
 * </ul>
 * Each file is written whole or not at all (a temporary file in the same folder, then an atomic
 * move over the old one), so a reader never sees half a file and a second save replaces the first.
 *
 * <p>Folders written before these names ({@code DIR/a/b.json} for {@code "a/b"}, characters outside
 * {@code [A-Za-z0-9._-]} replaced by '_') are still read: when {@code NAME.json} is absent, the
 * old name is read if the doc_id inside is this document's (two ids the old names merged cannot
 * show each other's record). The next save of that document writes the new name and removes the
 * old file; a save whose new name is another document's old file moves that file to the other
 * document's new name first. Nothing is moved until a save: reading a folder never changes it.
 */
public final class CorrectionStore {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path dir;
  private Optional<ReleasePool> pool;

  public CorrectionStore(Path dir) {
    this.dir = dir;
  }

  /** The correction file of {@code docId}. */
  public Path fileFor(String docId) {
    return dir.resolve(GoldCorpus.baseNameOf(docId) + ".json");
  }

  /** The text file beside the correction of {@code docId} (absent when the JSON names a pool release). */
  public Path textFileFor(String docId) {
    return dir.resolve(GoldCorpus.baseNameOf(docId) + ".txt");
  }

  /**
   * Where the store before injective names put {@code docId}: each '/'-separated part a folder,
   * characters outside {@code [A-Za-z0-9._-]} (and the names "." and "..") replaced by '_'.
   */
  Path legacyFileFor(String docId) {
    Path p = dir;
    String[] parts = docId.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].replaceAll("[^A-Za-z0-9._-]", "_");
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        part = "_" + part.replace('.', '_');
      }
      p = p.resolve(i == parts.length - 1 ? part + ".json" : part);
    }
    return p;
  }

  /**
   * Writes the gold form of {@code record} with its {@code text} (the exact text its offsets index
   * into) and returns the JSON's path; the record must be valid already. Throws when the text
   * cannot be stored so that it reads back unchanged.
   */
  public synchronized Path save(PressRecord record, String text) throws IOException {
    Files.createDirectories(dir);
    String docId = record.docId();
    ObjectNode tree = RecordJson.tree(GoldRecord.of(record));
    Optional<ReleasePool.Release> release = poolRelease(docId, text);
    if (release.isPresent()) {
      // Same order as the corpus/real files: the pool reference right after doc_id.
      ObjectNode json = PRETTY.createObjectNode();
      json.set("schema_version", tree.get("schema_version"));
      json.set("doc_id", tree.get("doc_id"));
      ObjectNode ref = json.putObject("pool");
      ref.put("id", release.get().id());
      ref.put("sha256", ReleasePool.sha256(text));
      json.setAll(tree);
      tree = json;
    } else {
      byte[] bytes = textBytes(docId, text);
      Path txt = textFileFor(docId);
      if (!Files.isRegularFile(txt) || !Arrays.equals(Files.readAllBytes(txt), bytes)) {
        write(txt, bytes);
      }
    }
    Path target = fileFor(docId);
    displace(target, docId);
    write(target, (PRETTY.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8));
    if (release.isPresent()) {
      Files.deleteIfExists(textFileFor(docId));
    }
    Path legacy = legacyFileFor(docId);
    if (!legacy.equals(target) && holds(legacy, docId)) {
      Files.delete(legacy);
    }
    return target;
  }

  /**
   * Moves away a file of the old naming that sits at {@code target} but holds another document
   * (the old names gave {@code "a b"} the file {@code a_b.json}, now the name of {@code "a_b"}):
   * to that document's own name, unless it has a newer correction there already.
   */
  private void displace(Path target, String docId) throws IOException {
    String other = docIdIn(target);
    if (other == null || other.equals(docId)) {
      return;
    }
    Path to = fileFor(other);
    if (!to.equals(target) && !Files.exists(to)) {
      Files.move(target, to, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** The saved correction of {@code docId}, if there is one (under its name, or under the old one). */
  public Optional<PressRecord> load(String docId) throws IOException {
    Path p = fileFor(docId);
    if (Files.isRegularFile(p)) {
      return Optional.of(read(p)).filter(r -> r.docId().equals(docId));
    }
    Path legacy = legacyFileFor(docId);
    return holds(legacy, docId) ? Optional.of(read(legacy)) : Optional.empty();
  }

  /** The file that {@link #load} reads for {@code docId}, or null. */
  public Path savedFile(String docId) throws IOException {
    if (Files.isRegularFile(fileFor(docId))) {
      return fileFor(docId);
    }
    Path legacy = legacyFileFor(docId);
    return holds(legacy, docId) ? legacy : null;
  }

  private static PressRecord read(Path p) throws IOException {
    Outcome o = RecordJson.read(Files.readString(p, StandardCharsets.UTF_8));
    if (!(o instanceof PressRecord r)) {
      throw new IOException(p + ": an error record, not a correction");
    }
    return r;
  }

  /** True when {@code p} is a correction file of {@code docId} (an unreadable one is not). */
  private static boolean holds(Path p, String docId) {
    return docId.equals(docIdIn(p));
  }

  /** The doc_id of the correction file {@code p}, or null when there is none or it cannot be read. */
  private static String docIdIn(Path p) {
    try {
      return Files.isRegularFile(p) ? read(p).docId() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The pool release that is this document, with this very text; empty when there is no such release. */
  private Optional<ReleasePool.Release> poolRelease(String docId, String text) {
    if (pool == null) {
      pool = ReleasePool.near(dir);
    }
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(pool.get().text(docId, ReleasePool.sha256(text)));
    } catch (IOException e) {
      // Not in the pool, another text under that id, or an unreadable pool: the text goes beside the record.
      return Optional.empty();
    }
  }

  /**
   * The bytes of {@code ID.txt}: UTF-8, with a byte-order mark first when the text itself starts
   * with U+FEFF (a reader drops one mark). Checked by decoding them as an input is decoded.
   */
  static byte[] textBytes(String docId, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = utf8;
    if (text.startsWith("\uFEFF")) {
      bytes = new byte[UTF8_BOM.length + utf8.length];
      System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
      System.arraycopy(utf8, 0, bytes, UTF8_BOM.length, utf8.length);
    }
    TextDecoder.Decoded back = TextDecoder.decode(bytes, Math.max(bytes.length, TextDecoder.DEFAULT_MAX_BYTES));
    if (!text.equals(back.text()) || !back.warnings().isEmpty()) {
      throw new IOException("the text of '" + docId + "' cannot be stored as a text file that reads back unchanged"
          + " (" + (back.error() != null ? back.message() : "it holds characters UTF-8 cannot carry, such as unpaired surrogates")
          + ")");
    }
    return bytes;
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".saving-", ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
