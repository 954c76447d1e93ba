package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.CharSpan;

/**
 * Names that another language's grammar reads whole ({@link SpanishBodyNames},
 * {@link VietnameseBodyNames}) win over the English finder's candidates they overlap: the English
 * rules see no head or link in those words and keep only a part of such a name, or run it on.
 */
final class WholeNames {
  private WholeNames() {
  }

  /** The candidates with the names in and those that overlap a name out, sorted; the same list when no names. */
  static List<CharSpan> overCandidates(List<CharSpan> candidates, List<CharSpan> names) {
    if (names.isEmpty()) {
      return candidates;
    }
    List<CharSpan> out = new ArrayList<>(candidates.size() + names.size());
    for (CharSpan c : candidates) {
      if (names.stream().noneMatch(n -> n.start() < c.end() && c.start() < n.end())) {
        out.add(c);
      }
    }
    out.addAll(names);
    out.sort(null);
    return out;
  }
}
