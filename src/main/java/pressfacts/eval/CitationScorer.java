package pressfacts.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pressfacts.doc.Citation;
import pressfacts.doc.Instrument;
import pressfacts.doc.Provision;
import pressfacts.record.PressRecord;
import pressfacts.text.MatchKey;

/**
 * Citations: strict and lenient span P/R/F1, and, of the lenient matches, the share with equal
 * instrument kind, equal title (case and punctuation ignored), equal jurisdiction and equal
 * provision list (units and ids as written, outer to inner).
 */
public final class CitationScorer {
  static final String STRICT = "citations strict";
  static final String LENIENT = "citations lenient";
  static final String KIND = "citation kind";
  static final String TITLE = "citation title";
  static final String JURISDICTION = "citation jurisdiction";
  static final String PROVISION = "citation provision";
  static final String TYPE = "CITATION";

  private CitationScorer() {
  }

  static void score(PressRecord gold, PressRecord pred, Tally t) {
    List<Citation> g = gold.citations();
    List<Citation> p = pred.citations();
    SpanMatcher.Alignment a = SpanMatcher.align(typed(g), typed(p));
    t.add(STRICT, TYPE, a.strict().counts());
    t.add(LENIENT, TYPE, a.lenient().counts());
    String doc = gold.docId();
    for (int i = 0; i < g.size(); i++) {
      int q = a.lenient().goldToPred()[i];
      if (q >= 0) {
        compare(doc, g.get(i), p.get(q), t);
      }
    }
    SpanErrors.report(doc, a, g, p, c -> "citation", CitationScorer::show, t);
  }

  /** Adds the four attribute shares of one lenient match, and one error line naming what differs. */
  private static void compare(String doc, Citation gc, Citation pc, Tally t) {
    Instrument g = gc.instrument();
    Instrument p = pc.instrument();
    List<String> differs = new ArrayList<>();
    boolean kind = g.kind() == p.kind();
    boolean title = Objects.equals(MatchKey.title(g.title()), MatchKey.title(p.title()));
    boolean jurisdiction = Objects.equals(g.jurisdiction(), p.jurisdiction());
    boolean provision = gc.provision().equals(pc.provision());
    t.add(KIND, Share.of(kind));
    t.add(TITLE, Share.of(title));
    t.add(JURISDICTION, Share.of(jurisdiction));
    t.add(PROVISION, Share.of(provision));
    if (!kind) {
      differs.add("kind " + g.kind().wireName() + " / " + p.kind().wireName());
    }
    if (!title) {
      differs.add("title '" + g.title() + "' / '" + p.title() + "'");
    }
    if (!jurisdiction) {
      differs.add("jurisdiction " + g.jurisdiction() + " / " + p.jurisdiction());
    }
    if (!provision) {
      differs.add("provision " + show(gc.provision()) + " / " + show(pc.provision()));
    }
    if (!differs.isEmpty()) {
      t.error(doc, "citation attributes", ErrorItem.MISMATCH, show(gc) + ": gold / predicted " + String.join("; ", differs));
    }
  }

  private static List<SpanMatcher.Typed> typed(List<Citation> cs) {
    return cs.stream().map(c -> new SpanMatcher.Typed(c.span(), TYPE)).toList();
  }

  private static String show(List<Provision> provision) {
    return "[" + String.join(", ", provision.stream().map(v -> v.unit().wireName() + " " + v.id()).toList()) + "]";
  }

  private static String show(Citation c) {
    return c.span() + " '" + c.text() + "'";
  }
}
