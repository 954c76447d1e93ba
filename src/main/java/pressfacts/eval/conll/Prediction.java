package pressfacts.eval.conll;

import java.util.Objects;
import pressfacts.doc.CharSpan;

/** A mention a system predicted in a CoNLL document's text, with its type already in CoNLL terms (PER, ORG, LOC). */
public record Prediction(CharSpan span, String type) {

  public Prediction {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
