package pressfacts.stage.citations;

import java.util.List;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateValue;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Provision;

/**
 * A citation as the finder sees it, before resolution: where it stands, what its own words say
 * about the instrument, and how it was formed. Jurisdiction and date may still be null here; the
 * resolver fills them from the document, from known instruments and from antecedents.
 *
 * @param firstWord index (in {@link Words}) of the first word of the instrument phrase, which a
 *                  provision chain ending in "of (the)" attaches to
 * @param acronym   span of a parenthesised acronym right after the phrase ("(UNTOC)"), or null
 */
record Found(CharSpan span, Form form, InstrumentKind kind, String title, String jurisdiction, DateValue date,
             List<Provision> provision, int firstWord, CharSpan acronym) {

  /** How the text names the instrument. */
  enum Form {
    /** The text names it: a title, a kind with its issuer, state or date ("Presidential decree"). */
    NAMED,
    /** A bare kind word pointing back ("the Convention"); the resolver binds it or drops it. */
    BACK_REFERENCE,
    /** An acronym standing for a named instrument ("UNTOC"). */
    ACRONYM
  }

  Found {
    provision = List.copyOf(provision);
  }

  Found withProvision(CharSpan newSpan, List<Provision> p) {
    return new Found(newSpan, form, kind, title, jurisdiction, date, p, firstWord, acronym);
  }

  Found withJurisdiction(String j) {
    return new Found(span, form, kind, title, j, date, provision, firstWord, acronym);
  }

  Found withDate(DateValue d) {
    return new Found(span, form, kind, title, jurisdiction, d, provision, firstWord, acronym);
  }

  Found withInstrument(InstrumentKind k, String t, String j, DateValue d) {
    return new Found(span, form, k, t, j, d, provision, firstWord, acronym);
  }
}
