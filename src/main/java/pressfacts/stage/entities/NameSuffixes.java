package pressfacts.stage.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * Generational suffixes after a surname ("Jr.", "II": lexicon/entities/generational-suffixes.txt).
 * They are part of a person's name ("Marco Antonio Valadez, Jr."), but not its surname: grouping
 * compares the word before them.
 */
final class NameSuffixes {
  private static final List<String> FORMS = LexiconFile.lines(EntityLexicons.LEXICON_DIR + "generational-suffixes.txt");
  /** The suffixes in lower case without their period, as in a matching key ("jr", "ii"). */
  private static final Set<String> KEYS = Set.copyOf(FORMS.stream()
      .map(f -> f.replace(".", "").trim().toLowerCase(Locale.ROOT)).toList());
  /**
   * Right after a name: an optional comma, one space, a suffix (its period optional when the lexicon
   * writes one, so the full stop after "II." stays out), then no letter or digit ("Jr.," "II and",
   * but not "Iowa").
   */
  private static final Pattern AFTER_NAME = Pattern.compile("(?:, ?| )(?:" + String.join("|", FORMS.stream()
      .map(f -> f.endsWith(".") ? Pattern.quote(f.substring(0, f.length() - 1)) + "\\.?" : Pattern.quote(f)).toList()) + ")(?![\\p{L}\\p{N}])");

  private NameSuffixes() {
  }

  /** The span with the suffix written right after it, or the span itself. */
  static CharSpan withSuffix(String text, CharSpan span) {
    Matcher m = AFTER_NAME.matcher(text).region(span.end(), text.length());
    return m.lookingAt() ? new CharSpan(span.start(), m.end()) : span;
  }

  /** Is this word of a name, as written ("Jr.", "II,"), a generational suffix? */
  static boolean isSuffix(String word) {
    return KEYS.contains(word.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT));
  }

  /** The words of a person's matching key without a suffix at its end ("valadez jr" gives [valadez]). */
  static String[] nameWords(String key) {
    String[] words = key.split(" ");
    int n = words.length;
    while (n > 1 && KEYS.contains(words[n - 1])) {
      n--;
    }
    return n == words.length ? words : java.util.Arrays.copyOf(words, n);
  }
}
