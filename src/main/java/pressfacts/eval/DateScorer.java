package pressfacts.eval;

import java.util.List;
import java.util.Objects;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.record.PressRecord;

/**
 * Dates: strict and lenient span P/R/F1, and date-value P/R/F1, where a true positive is a
 * lenient (overlapping, one-to-one) match whose ISO value is equal.
 */
public final class DateScorer {
  static final String STRICT = "dates strict";
  static final String LENIENT = "dates lenient";
  static final String VALUE = "dates value";
  static final String TYPE = "DATE";

  private DateScorer() {
  }

  static void score(PressRecord gold, PressRecord pred, Tally t) {
    List<DateMention> g = gold.dates();
    List<DateMention> p = pred.dates();
    SpanMatcher.Alignment a = SpanMatcher.align(typed(g), typed(p));
    t.add(STRICT, TYPE, a.strict().counts());
    t.add(LENIENT, TYPE, a.lenient().counts());
    long valueEqual = 0;
    String doc = gold.docId();
    for (int i = 0; i < g.size(); i++) {
      int q = a.lenient().goldToPred()[i];
      if (q >= 0 && Objects.equals(iso(g.get(i).value()), iso(p.get(q).value()))) {
        valueEqual++;
      } else if (q >= 0) {
        t.error(doc, "date value", ErrorItem.MISMATCH, show(g.get(i)) + " = " + iso(g.get(i).value())
            + ", predicted " + show(p.get(q)) + " = " + iso(p.get(q).value()));
      }
    }
    t.add(VALUE, TYPE, Counts.of(valueEqual, g.size(), p.size()));
    SpanErrors.report(doc, a, g, p, d -> "date", DateScorer::show, t);
  }

  static String iso(DateValue v) {
    return v == null ? null : v.iso();
  }

  private static List<SpanMatcher.Typed> typed(List<DateMention> ds) {
    return ds.stream().map(d -> new SpanMatcher.Typed(d.span(), TYPE)).toList();
  }

  private static String show(DateMention d) {
    return d.span() + " '" + d.text() + "'";
  }
}
