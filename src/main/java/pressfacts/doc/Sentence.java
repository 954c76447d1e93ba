package pressfacts.doc;

/** A sentence: its span and the token range {@code [firstToken, endToken)}. */
public record Sentence(CharSpan span, int firstToken, int endToken) {
  public Sentence {
    if (endToken < firstToken) {
      throw new IllegalArgumentException("bad token range");
    }
  }
}
