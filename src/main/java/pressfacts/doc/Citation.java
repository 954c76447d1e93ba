package pressfacts.doc;

import java.util.List;
import java.util.Objects;

/**
 * A mention of a legal instrument, with its provision (outer to inner, empty when none).
 * {@code antecedent} is the index, in the document's sorted citation list, of the citation a
 * back-reference ("the Convention") or an acronym was bound to, or null.
 */
public record Citation(CharSpan span, String text, Instrument instrument, List<Provision> provision,
                       Integer antecedent) implements Comparable<Citation> {

  public Citation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(instrument, "instrument");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("citation text '" + text + "' does not fit span " + span);
    }
    provision = List.copyOf(provision);
  }

  @Override
  public int compareTo(Citation o) {
    return span.compareTo(o.span);
  }
}
