package pressfacts.stage.entities;

import java.util.Set;
import pressfacts.text.LexiconFile;

/**
 * Abbreviated titles before a name ("DA", "ADA"), compared exactly as written, since their lower-case
 * forms are words of names ("Lula da Silva", "Ada"): lexicon/entities/title-abbreviations.txt.
 */
final class TitleAbbreviations {
  private static final Set<String> FORMS = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "title-abbreviations.txt"));

  private TitleAbbreviations() {
  }

  /** Is {@code word}, as written (a final period aside), an abbreviated title? */
  static boolean contains(String word) {
    return FORMS.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
  }
}
