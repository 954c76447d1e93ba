package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * prose when the entity holds no other form, since the short form joined no named body (D8). A bare head
 * in a label line, no prose and no word in lower case but function words, is no mention even when the
 * grouping joined it to a named body: a menu's "About the Office" or "Intern with Our Office", a
 * headline's "Court Unanimously Affirms ..." name the body by its kind, as a table's header does, and
 * real/dev gold labels no head word alone outside prose; the entity keeps its other mentions. A short
 * sentence on a line of its own ("The Plenum also considered individual cases.") is no label. Entities
 * are numbered again after the drop.
 */
final class BareHeadsInLabels {
  /** A word of a line: letters, then letters, apostrophes, periods or hyphens (as HeadlineNames reads one). */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019.\\-]*");

  private final Predicate<String> isHead;
  private final Set<String> unnamedShortHeads;
  private final Set<String> functionWords;

  /**
   * {@code isHead}: is this lower-case word the head of a body's name (lexicon/entities/org-heads.txt)?
   * {@code unnamedShortHeads}: heads whose lone short form names a body only when the document names one
   * with that head (lower case). {@code functionWords}: words a label may write in lower case ("the",
   * "with"), lower case.
   */
  BareHeadsInLabels(Predicate<String> isHead, Set<String> unnamedShortHeads, Set<String> functionWords) {
    this.isHead = isHead;
    this.unnamedShortHeads = Set.copyOf(unnamedShortHeads);
    this.functionWords = Set.copyOf(functionWords);
  }

  List<Entity> apply(String text, List<Entity> entities) {
    List<Entity> out = new ArrayList<>();
    boolean changed = false;
    for (Entity e : entities) {
      if (bareHeadsInLabels(text, e)) {
        changed = true;
        continue;
      }
      List<Mention> kept = e.type() != EntityType.ORGANIZATION ? e.mentions()
          : e.mentions().stream().filter(m -> !isBareHead(m) || !isLabel(lineOf(text, m))).toList();
      changed |= kept.size() != e.mentions().size();
      out.add(new Entity("e" + (out.size() + 1), e.type(), e.name(), kept, e.attributes()));
    }
    return changed ? out : entities;
  }

  private boolean bareHeadsInLabels(String text, Entity e) {
    if (e.type() != EntityType.ORGANIZATION) {
      return false;
    }
    for (Mention m : e.mentions()) {
      if (!isBareHead(m)
          || Prose.isProse(lineOf(text, m)) && !unnamedShortHeads.contains(m.text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A mention that is one word, the head of a body's name ("Office", "Court"). */
  private boolean isBareHead(Mention m) {
    return m.text().indexOf(' ') < 0 && isHead.test(m.text().toLowerCase(Locale.ROOT));
  }

  /** A line that is no prose and writes no word in lower case but function words ("About the Office"). */
  private boolean isLabel(String line) {
    if (Prose.isProse(line)) {
      return false;
    }
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0)) && !functionWords.contains(w)) {
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
