package pressfacts.eval.conll;

import java.util.Objects;

/**
 * A typed run of tokens {@code [start, end)} of one CoNLL document, counted in tokens from the
 * document's first token: a gold chunk, or a predicted mention mapped onto the tokens. The type
 * is the CoNLL label without its B-/I- prefix (PER, ORG, LOC, MISC).
 */
public record ConllChunk(int start, int end, String type) {

  public ConllChunk {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad chunk [" + start + "," + end + ") " + type);
    }
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")";
  }
}
