package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;

/**
 * Person candidates that are one word in capitals on a line with no lower-case letter, a word that no
 * other person candidate of the document holds: a page banner's or a headline's word, no name the
 * release gives ("TTORNEY" of a banner set in small capitals, "A\nTTORNEY'S"; "BETWE" of a headline
 * cut short in a list of other releases). A release that names a person in a headline in capitals
 * names him in its body too ("DOE SENTENCED" and "John Doe"), so the word that some other candidate
 * holds stays. Stateless.
 */
final class LoneCapitalWords {
  /** One word in capitals: letters, with an apostrophe or hyphen inside ("O'NEIL"). */
  private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}'\\-]*\\p{Lu}");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}'\\-]+");

  private LoneCapitalWords() {
  }

  /** The person spans without the lone capitals words on lines with no lower case; the same list when none. */
  static List<CharSpan> without(String match, List<CharSpan> people) {
    Set<String> heldWords = null; // the words of the other candidates, made only when a lone word needs it
    List<CharSpan> out = new ArrayList<>(people.size());
    for (CharSpan p : people) {
      String t = p.of(match);
      if (CAPITALS_WORD.matcher(t).matches() && !lineHasLowerCase(match, p.start())) {
        if (heldWords == null) {
          heldWords = wordsOfLongerNames(match, people);
        }
        if (!heldWords.contains(t.toLowerCase(Locale.ROOT))) {
          continue;
        }
      }
      out.add(p);
    }
    return out.size() == people.size() ? people : out;
  }

  /** The words, in lower case, of every candidate but the lone capitals words themselves. */
  private static Set<String> wordsOfLongerNames(String match, List<CharSpan> people) {
    Set<String> out = new HashSet<>();
    for (CharSpan p : people) {
      String t = p.of(match);
      if (CAPITALS_WORD.matcher(t).matches() && !lineHasLowerCase(match, p.start())) {
        continue;
      }
      for (String w : WORD_BREAK.split(t)) {
        if (!w.isEmpty()) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static boolean lineHasLowerCase(String text, int at) {
    int start = text.lastIndexOf('\n', at - 1) + 1;
    int end = text.indexOf('\n', at);
    for (int i = start; i < (end < 0 ? text.length() : end); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
