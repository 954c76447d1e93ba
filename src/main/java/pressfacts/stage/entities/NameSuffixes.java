package pressfacts.stage.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * What may follow a surname. Generational suffixes ("Jr.", "II":
 * lexicon/entities/generational-suffixes.txt) are part of a person's name ("Marco Antonio Valadez,
 * Jr."), but not its surname: grouping compares the word before them. Post-nominal letters ("KC":
 * lexicon/entities/post-nominals.txt) are no part of it.
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

  /** The suffixes the lexicon writes with a period, in lower case without it ("jr", "sr"). */
  private static final Set<String> DOTTED = Set.copyOf(FORMS.stream().filter(f -> f.endsWith("."))
      .map(f -> f.substring(0, f.length() - 1).trim().toLowerCase(Locale.ROOT)).toList());
  /** Post-nominal letters (lexicon/entities/post-nominals.txt), without a period. */
  private static final Set<String> POST_NOMINALS = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "post-nominals.txt")
      .stream().map(f -> f.replace(".", "").trim()).toList());
  /** The last word of a name and what stands before it: a comma and spaces, or spaces. */
  private static final Pattern LAST_WORD = Pattern.compile("(?:,\\s*|\\s+)([\\p{L}]+)\\.?$");

  private NameSuffixes() {
  }

  /** Is this word (period aside) post-nominal letters, "KC", "PhD"? */
  static boolean isPostNominal(String word) {
    return POST_NOMINALS.contains(word.replace(".", ""));
  }

  /**
   * The span without the run of post-nominal letters that ends it ("Karim Khan KC" gives "Karim Khan",
   * "Helen Orme AO KC" gives "Helen Orme"): honours stack, and a name keeps none of them, so cutting only
   * the last left the others in the name.
   */
  static CharSpan withoutPostNominals(String text, CharSpan span) {
    CharSpan s = span;
    for (CharSpan cut = withoutLastPostNominal(text, s); !cut.equals(s); cut = withoutLastPostNominal(text, s)) {
      s = cut;
    }
    return s;
  }

  private static CharSpan withoutLastPostNominal(String text, CharSpan span) {
    Matcher m = LAST_WORD.matcher(text.substring(span.start(), span.end()));
    if (m.find() && m.start() > 0 && isPostNominal(m.group(1))) {
      return new CharSpan(span.start(), span.start() + m.start());
    }
    return span;
  }

  /**
   * The span with the suffix written right after it, or the span itself. A span that already ends in a
   * suffix the lexicon writes with a period ("Arthur Brown Jr" before ".") takes that period: it is the
   * abbreviation's, even where it also ends the sentence.
   */
  static CharSpan withSuffix(String text, CharSpan span) {
    Matcher m = AFTER_NAME.matcher(text).region(span.end(), text.length());
    if (m.lookingAt()) {
      return new CharSpan(span.start(), m.end());
    }
    Matcher last = LAST_WORD.matcher(text.substring(span.start(), span.end()));
    boolean dottedSuffix = last.find() && last.start() > 0 && DOTTED.contains(last.group(1).toLowerCase(Locale.ROOT));
    return dottedSuffix && span.end() < text.length() && text.charAt(span.end()) == '.'
        && text.charAt(span.end() - 1) != '.' ? new CharSpan(span.start(), span.end() + 1) : span;
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
    return n == words.length ? words : Arrays.copyOf(words, n);
  }
}
