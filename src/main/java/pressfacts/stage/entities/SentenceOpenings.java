package pressfacts.stage.entities;

/**
 * Where a capitalised word may owe its capital to its place alone: at the start of the text, of a
 * line or of a sentence, after spaces, tabs and opening quotes. The name rules that accept a single
 * capitalised word (schools, gangs, described businesses) ask this before they take it.
 */
final class SentenceOpenings {

  private SentenceOpenings() {
  }

  /** Does the word at {@code at} open the text, a line or a sentence? */
  static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"' || text.charAt(i) == '\u201c')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || ".!?:".indexOf(text.charAt(i)) >= 0;
  }
}
