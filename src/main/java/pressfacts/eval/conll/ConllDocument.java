package pressfacts.eval.conll;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pressfacts.doc.CharSpan;

/**
 * One CoNLL document rebuilt as text: its tokens joined by single spaces, its sentences by "\n"
 * (so a pipeline sees the sentence breaks the annotators saw), each token's offsets into that text,
 * and the gold chunks over the tokens. {@code id} is "conll-N", N counting documents from 1 in file
 * order; {@code line} is the file line where the document starts, for messages.
 */
public record ConllDocument(String id, int line, String text, List<CharSpan> tokens, int sentences,
                            List<ConllChunk> gold) {

  public ConllDocument {
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
  }

  /**
   * The tokens a character span covers exactly: it must start where a token starts and end where
   * a token ends (a mention that cuts a token, or takes part of the space between two, fits no
   * chunk and is empty here).
   */
  public Optional<int[]> tokenRange(CharSpan span) {
    int first = Collections.binarySearch(tokens, new CharSpan(span.start(), span.start()),
        Comparator.comparingInt(CharSpan::start));
    if (first < 0) {
      return Optional.empty();
    }
    for (int t = first; t < tokens.size() && tokens.get(t).start() < span.end(); t++) {
      if (tokens.get(t).end() == span.end()) {
        return Optional.of(new int[] {first, t + 1});
      }
    }
    return Optional.empty();
  }
}
