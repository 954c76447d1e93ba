package pressfacts.eval;

import java.util.Objects;
import pressfacts.doc.CharSpan;

/**
 * One thing wrong in a record: where (a file name, or a doc id for predictions), which field, the
 * offsets it is about (or null), and what is wrong, said so that it can be fixed.
 */
public record Problem(String where, String field, CharSpan span, String message) {
  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return where + ": " + field + (span == null ? "" : " " + span) + ": " + message;
  }
}
