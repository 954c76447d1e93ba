package pressfacts.doc;

import java.util.List;

/** Tokens and sentences of a document. */
public record TokenLayer(List<Token> tokens, List<Sentence> sentences) {
  public TokenLayer {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }

  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** Index of the sentence that holds {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0, hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CharSpan s = sentences.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
