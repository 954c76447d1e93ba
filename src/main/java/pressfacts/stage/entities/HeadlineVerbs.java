package pressfacts.stage.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * A title-case headline's verb that the tagger read as the last word of a name: "Criminal District
 * Attorney A Issues\nStatement Regarding ..." gives "A Issues", "Attorney General B Win Lawsuit" gives
 * "B Win". The span of a PERSON is the name alone (ANNOTATION.md), so it ends before the verb
 * (lexicon/entities/headline-verbs.txt) where a headline goes on: a capitalised word follows, or the
 * word before the verb is a noun for people ("Houston Man Sentenced to ...",
 * lexicon/entities/resident-nouns.txt), and then nothing of it names anyone.
 */
final class HeadlineVerbs {
  /** The span's last two words: the one before and the last, each after white space. */
  private static final Pattern LAST_TWO = Pattern.compile("(\\p{L}+)(\\s+)(\\p{L}+)$");
  /** What follows the span: white space (a line break too), then a capital letter. */
  private static final Pattern CAPITAL_NEXT = Pattern.compile("\\s+\\p{Lu}");

  private final Set<String> verbs;
  private final Set<String> peopleNouns;

  /** {@code peopleNouns}: lexicon/entities/resident-nouns.txt, which the stage reads once for its places too. */
  HeadlineVerbs(List<String> peopleNouns) {
    this.verbs = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "headline-verbs.txt"));
    this.peopleNouns = Set.copyOf(peopleNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
  }

  /** The span without a headline verb it ends with; null when what is left is a noun for people ("Houston Man"). */
  CharSpan without(String match, CharSpan s) {
    Matcher m = LAST_TWO.matcher(match.substring(s.start(), s.end()));
    if (!m.find() || !verbs.contains(m.group(3))) {
      return s;
    }
    boolean peopleNoun = peopleNouns.contains(m.group(1).toLowerCase(Locale.ROOT));
    if (!peopleNoun && !CAPITAL_NEXT.matcher(match).region(s.end(), match.length()).lookingAt()) {
      return s;
    }
    return peopleNoun ? null : new CharSpan(s.start(), s.start() + m.start(2));
  }
}
