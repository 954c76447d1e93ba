package pressfacts.stage.citations;

import java.util.List;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateValue;
import pressfacts.doc.Instrument;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Provision;

/**
 * A citation as the finder sees it, before resolution: where it stands, what its own words say
 * about the instrument, and how it was formed. Jurisdiction and date may still be null here; the
 * resolver fills them from the document, from known instruments and from antecedents.
 *
 * <p>Build one with {@link #named}, {@link #backReference} or {@link #acronym}, which say which
 * parts each form has; the canonical constructor is for this class only.
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

  /** A named instrument of {@code kind} whose phrase starts at word {@code firstWord}; the rest is optional. */
  static Builder named(CharSpan span, int firstWord, InstrumentKind kind) {
    return new Builder(span, firstWord, kind);
  }

  /** "the Convention": a bare kind word that the resolver binds to an earlier instrument of its kind. */
  static Found backReference(CharSpan span, int firstWord, InstrumentKind kind) {
    return new Found(span, Form.BACK_REFERENCE, kind, null, null, null, List.of(), firstWord, null);
  }

  /** "UNTOC": an acronym standing for {@code instrument}. */
  static Found acronym(CharSpan span, int firstWord, Instrument instrument) {
    return new Found(span, Form.ACRONYM, instrument.kind(), instrument.title(), instrument.jurisdiction(),
        instrument.date(), List.of(), firstWord, null);
  }

  Found withProvision(CharSpan newSpan, List<Provision> p) {
    return new Found(newSpan, form, kind, title, jurisdiction, date, p, firstWord, acronym);
  }

  Found withDate(DateValue d) {
    return new Found(span, form, kind, title, jurisdiction, d, provision, firstWord, acronym);
  }

  /** The optional parts of a named instrument, each set by name; unset parts stay null (provision: none). */
  static final class Builder {
    private final CharSpan span;
    private final int firstWord;
    private final InstrumentKind kind;
    private String title;
    private String jurisdiction;
    private DateValue date;
    private List<Provision> provision = List.of();
    private CharSpan acronym;

    private Builder(CharSpan span, int firstWord, InstrumentKind kind) {
      this.span = span;
      this.firstWord = firstWord;
      this.kind = kind;
    }

    Builder title(String t) {
      this.title = t;
      return this;
    }

    Builder jurisdiction(String j) {
      this.jurisdiction = j;
      return this;
    }

    Builder date(DateValue d) {
      this.date = d;
      return this;
    }

    Builder provision(List<Provision> p) {
      this.provision = p;
      return this;
    }

    Builder acronym(CharSpan a) {
      this.acronym = a;
      return this;
    }

    Found build() {
      return new Found(span, Form.NAMED, kind, title, jurisdiction, date, provision, firstWord, acronym);
    }
  }
}
