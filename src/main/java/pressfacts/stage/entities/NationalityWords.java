package pressfacts.stage.entities;

import java.util.List;
import java.util.Set;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * Drops tagged persons made only of words for a people ("African-American", "Hispanic"): the tagger
 * reads a capitalised word after "were" as a name, but a people is no person (ANNOTATION.md: PERSON is
 * names of people). Words: lexicon/entities/nationality-words.txt.
 */
final class NationalityWords {
  private final Set<String> words;

  NationalityWords() {
    this(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "nationality-words.txt"));
  }

  NationalityWords(List<String> words) {
    this.words = Set.copyOf(words.stream().map(String::trim).toList());
  }

  /** The person candidates without those whose every word (split at hyphens and spaces) is a people's word. */
  List<CharSpan> without(String match, List<CharSpan> persons) {
    return persons.stream().filter(p -> !isPeople(match.substring(p.start(), p.end()))).toList();
  }

  boolean isPeople(String name) {
    String[] parts = name.split("[\\s\\-\u2010\u2011]+");
    for (String part : parts) {
      if (!words.contains(part)) {
        return false;
      }
    }
    return parts.length > 0;
  }
}
