package pressfacts.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * The folder of corrected records: {@code DIR/ID.json} in the gold shape, written whole or not at
 * all (a temporary file in the same folder, then an atomic move over the old one), so a reader
 * never sees half a file and a second save replaces the first. Each '/'-separated part of the
 * doc_id becomes a folder, with characters outside {@code [A-Za-z0-9._-]} (and the names "." and
 * "..") replaced by '_', so no id writes outside DIR.
 */
public final class CorrectionStore {
  private final Path dir;

  public CorrectionStore(Path dir) {
    this.dir = dir;
  }

  public Path fileFor(String docId) {
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

  /** Writes the gold form of {@code record} and returns its path; the record must be valid already. */
  public Path save(PressRecord record) throws IOException {
    Path target = fileFor(record.docId());
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".saving-", ".json");
    try {
      Files.writeString(tmp, RecordJson.pretty(GoldRecord.of(record)) + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /** The saved correction of {@code docId}, if there is one. */
  public Optional<PressRecord> load(String docId) throws IOException {
    Path p = fileFor(docId);
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    return Optional.of((PressRecord) RecordJson.read(Files.readString(p, StandardCharsets.UTF_8)));
  }
}
