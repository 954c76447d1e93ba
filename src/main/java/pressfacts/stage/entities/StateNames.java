package pressfacts.stage.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import pressfacts.text.LexiconFile;

/**
 * The names of the world's states (lexicon/entities/world-states.tsv): short and formal names and
 * their abbreviations. A mention whose whole text is one of them names a country, which is a
 * LOCATION (ANNOTATION.md, Entities), whatever type a tagger gave it. Immutable.
 */
final class StateNames {
  static final String FILE = EntityLexicons.LEXICON_DIR + "world-states.tsv";
  /** "of" and "the" between a state's form and its name, which texts sometimes leave out ("Islamic Republic Iran"). */
  private static final Pattern OPTIONAL_WORDS = Pattern.compile("\\s+(?i:of|the)(?=\\s)|^(?i:the)\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Every form without its optional words, as written (case counts: "turkey" is no state). */
  private final Set<String> forms;
  /** The same forms in capitals, for a text in capitals ("SOUTH KOREA" in a headline). */
  private final Set<String> capitalForms;

  StateNames(List<String[]> rows) {
    Set<String> f = new HashSet<>();
    Set<String> caps = new HashSet<>();
    for (String[] row : rows) {
      for (String form : row) {
        String k = withoutOptionalWords(form);
        f.add(k);
        caps.add(k.toUpperCase(Locale.ROOT));
      }
    }
    this.forms = Set.copyOf(f);
    this.capitalForms = Set.copyOf(caps);
  }

  static StateNames load() {
    return new StateNames(LexiconFile.rows(FILE, 1, Integer.MAX_VALUE));
  }

  /** Is this mention text, whole, a state's name ("UAE", "Republic of Korea", "SOUTH KOREA")? */
  boolean isStateName(String text) {
    String k = withoutOptionalWords(text);
    if (forms.contains(k)) {
      return true;
    }
    boolean hasLetter = k.chars().anyMatch(Character::isLetter);
    return hasLetter && k.equals(k.toUpperCase(Locale.ROOT)) && capitalForms.contains(k);
  }

  /** The text with single spaces and without its optional words ("of", "the"): "Islamic Republic Iran". */
  static String withoutOptionalWords(String text) {
    String t = SPACES.matcher(text.strip()).replaceAll(" ");
    return OPTIONAL_WORDS.matcher(t).replaceAll("");
  }
}
