package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * The lower-case links inside a person's name ("bin", "binti", "a/l": lexicon/entities/name-particles.txt).
 * The tagger often ends a name at one and starts another after it ("Tengku Maimun" | "binti" | "Tuan
 * Mat"); the name runs through it (ANNOTATION.md, PERSON: the whole name).
 */
final class NameParticles {
  /** The particles as a regex alternation, longest first. */
  static final String ALTERNATION = String.join("|", LexiconFile.lines(EntityLexicons.LEXICON_DIR + "name-particles.txt").stream()
      .map(String::trim).sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
  /** One space, a particle, one space: all that may stand between two parts of one name. */
  private static final Pattern BETWEEN = Pattern.compile("[ \\t](?:" + ALTERNATION + ")[ \\t]");
  private static final Pattern PARTICLE = Pattern.compile(ALTERNATION);

  private NameParticles() {
  }

  /** Is {@code word} one of the particles? */
  static boolean isParticle(String word) {
    return PARTICLE.matcher(word).matches();
  }

  /** The person spans, sorted, with two that only a particle separates joined into one. */
  static List<CharSpan> joined(String text, List<CharSpan> sorted) {
    List<CharSpan> out = new ArrayList<>(sorted.size());
    for (CharSpan s : sorted) {
      if (!out.isEmpty()) {
        CharSpan last = out.get(out.size() - 1);
        if (last.end() < s.start() && BETWEEN.matcher(text.substring(last.end(), s.start())).matches()) {
          out.set(out.size() - 1, new CharSpan(last.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }
}
