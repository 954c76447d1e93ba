package pressfacts.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import pressfacts.record.Outcome;
import pressfacts.record.RecordJson;

/**
 * The sha-256 (lower-case hex) of an outcome's canonical JSON line ({@link RecordJson#line}). Taken
 * from the canonical line, not from the bytes a file happened to hold, so the same record has the
 * same hash whether it was loaded from JSONL, from a pretty file, or straight from extract.
 */
public final class SourceHash {
  private SourceHash() {
  }

  public static String of(Outcome o) {
    return sha256(RecordJson.line(o));
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
