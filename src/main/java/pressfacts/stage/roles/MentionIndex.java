package pressfacts.stage.roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.doc.TokenLayer;

/**
 * A document's PERSON and ORGANIZATION mentions in text order, with their sentences: what the linker's
 * alternatives and features look up around a title. Built once per document; immutable.
 */
final class MentionIndex {
  /** A mention with the entity it names. */
  record At(Mention mention, Entity entity) {
  }

  /** Around a title without a sentence (-1), how far on each side its context reaches, in characters. */
  private static final int NO_SENTENCE_REACH = 200;

  private final String match;
  private final TokenLayer tokens;
  private final List<At> persons = new ArrayList<>();
  private final List<At> orgs = new ArrayList<>();

  MentionIndex(String match, TokenLayer tokens, List<Entity> entities) {
    this.match = match;
    this.tokens = tokens;
    for (Entity e : entities) {
      List<At> into = e.type() == EntityType.PERSON ? persons : e.type() == EntityType.ORGANIZATION ? orgs : null;
      if (into != null) {
        for (Mention m : e.mentions()) {
          into.add(new At(m, e));
        }
      }
    }
    Comparator<At> order = Comparator.comparing((At a) -> a.mention().span());
    persons.sort(order);
    orgs.sort(order);
  }

  /** The matching text the mentions' offsets point into. */
  String match() {
    return match;
  }

  /** The stretch a candidate's context lies in: its sentence, or a window around the title when it has none. */
  CharSpan context(int sentence, CharSpan title) {
    if (sentence >= 0 && sentence < tokens.sentences().size()) {
      return tokens.sentences().get(sentence).span();
    }
    return new CharSpan(Math.max(0, title.start() - NO_SENTENCE_REACH), Math.min(match.length(), title.end() + NO_SENTENCE_REACH));
  }

  /** The PERSON mentions wholly inside {@code within}, in text order. */
  List<At> persons(CharSpan within) {
    return inside(persons, within);
  }

  /** The ORGANIZATION mentions wholly inside {@code within}, in text order. */
  List<At> orgs(CharSpan within) {
    return inside(orgs, within);
  }

  private static List<At> inside(List<At> sorted, CharSpan within) {
    List<At> out = new ArrayList<>();
    for (At a : sorted) {
      CharSpan s = a.mention().span();
      if (s.start() >= within.end()) {
        break;
      }
      if (s.start() >= within.start() && s.end() <= within.end()) {
        out.add(a);
      }
    }
    return out;
  }
}
