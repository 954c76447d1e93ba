package pressfacts.review;

import java.util.Objects;
import pressfacts.record.Outcome;

/**
 * One document to review: its record (or error record) and the text its offsets index into.
 * {@code text} is null when no input gave the document's text; its page then lists the facts
 * without the highlighted text.
 */
public record ReviewItem(Outcome outcome, String text) {
  public ReviewItem {
    Objects.requireNonNull(outcome, "outcome");
  }

  public String docId() {
    return outcome.docId();
  }
}
