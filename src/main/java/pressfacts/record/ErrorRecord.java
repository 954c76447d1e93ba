package pressfacts.record;

import java.util.Objects;

/** A document that could not be processed, with a stable code and a message naming the document. */
public record ErrorRecord(String docId, ErrorCode code, String message) implements Outcome {
  public ErrorRecord {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
