package pressfacts.stage.ner;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CRF's word function (its flags' {@code wordFunction}, British to American spelling for the
 * 3-class model), each word's result kept: the feature factory asks for the same word many times per
 * token and once per sentence it stands in, and the function runs regular expressions each time. The
 * function is pure, so a kept result is what a new call would return: the tags do not change. The
 * store belongs to one loaded model (no static state), is safe for the worker threads, and stops
 * growing at {@link #MAX_WORDS} words so a long batch cannot fill the heap with it.
 */
final class RememberedWordFunction implements Function<String, String> {
  /** Words kept at most; past it, new words are passed to the function each time, as without this class. */
  static final int MAX_WORDS = 200_000;
  /** Shorter words are passed straight on: the function returns them at once (CoreNLP's Americanize changes none). */
  private static final int MIN_KEPT_LENGTH = 4;

  private final Function<String, String> function;
  private final ConcurrentHashMap<String, String> results = new ConcurrentHashMap<>();

  RememberedWordFunction(Function<String, String> function) {
    this.function = function;
  }

  @Override
  public String apply(String word) {
    if (word == null || word.length() < MIN_KEPT_LENGTH) {
      return function.apply(word);
    }
    String kept = results.get(word);
    if (kept != null) {
      return kept;
    }
    String result = function.apply(word);
    if (result != null && results.size() < MAX_WORDS) {
      results.putIfAbsent(word, result);
    }
    return result;
  }

  /** Words kept so far (for tests). */
  int size() {
    return results.size();
  }
}
