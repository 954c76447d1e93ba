package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import pressfacts.doc.Entity;
import pressfacts.doc.EntityType;
import pressfacts.doc.Mention;
import pressfacts.text.Prose;

/**
 * "Defendant ... Fleeing From Police" in a title-case headline, "Court Date" over a table: a head word of
 * a body's name standing alone in a line that is no prose is a capitalised generic noun, not the name of
 * a body (ANNOTATION.md: a bare generic noun phrase is not a mention). An organization entity made only
 * of such mentions is dropped; a bare head that joined a named body ("Council" of "LAWASIA Council") or
 * stands in running prose ("The Chairman of the Board informed ...") is kept, since there the text can
 * mean one body. A head whose short form alone is generic unless a named body has it ("the Court ordered
 * ..." in a release that names no court: lexicon/entities/unnamed-short-heads.txt) is dropped also in
 * prose when the entity holds no other form, since the short form joined no named body (D8). Entities are
 * numbered again after the drop.
 */
final class BareHeadsInLabels {
  private final Predicate<String> isHead;
  private final Set<String> unnamedShortHeads;

  /**
   * {@code isHead}: is this lower-case word the head of a body's name (lexicon/entities/org-heads.txt)?
   * {@code unnamedShortHeads}: heads whose lone short form names a body only when the document names one
   * with that head (lower case).
   */
  BareHeadsInLabels(Predicate<String> isHead, Set<String> unnamedShortHeads) {
    this.isHead = isHead;
    this.unnamedShortHeads = Set.copyOf(unnamedShortHeads);
  }

  List<Entity> apply(String text, List<Entity> entities) {
    if (entities.stream().noneMatch(e -> bareHeadsInLabels(text, e))) {
      return entities;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (!bareHeadsInLabels(text, e)) {
        out.add(new Entity("e" + (out.size() + 1), e.type(), e.name(), e.mentions(), e.attributes()));
      }
    }
    return out;
  }

  private boolean bareHeadsInLabels(String text, Entity e) {
    if (e.type() != EntityType.ORGANIZATION) {
      return false;
    }
    for (Mention m : e.mentions()) {
      String word = m.text().toLowerCase(Locale.ROOT);
      if (m.text().indexOf(' ') >= 0 || !isHead.test(word)
          || Prose.isProse(lineOf(text, m)) && !unnamedShortHeads.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String lineOf(String text, Mention m) {
    int start = text.lastIndexOf('\n', m.span().start() - 1) + 1;
    int end = text.indexOf('\n', m.span().end());
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
