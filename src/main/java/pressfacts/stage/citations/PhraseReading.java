package pressfacts.stage.citations;

import java.util.Locale;
import java.util.Optional;
import pressfacts.doc.InstrumentKind;

/**
 * What a {@link Phrase} names: its title, its jurisdiction, and whether it names an instrument at
 * all. Pure functions of the phrase's parts; the words of the text are no longer needed here.
 */
final class PhraseReading {
  private PhraseReading() {
  }

  /**
   * The instrument's title: a subject after its state or after its number, a quoted title, the
   * capitalised name, or the kind word of a self-titled kind ("Constitution"); empty for an
   * untitled instrument ("Presidential decree", "Law No. 231 of 25 November 2011").
   */
  static Optional<String> title(Phrase p) {
    String written = capitalizeFirst(p.name());
    Optional<String> name = p.nameWords() || p.complement() || p.numberTail() ? Optional.of(written) : Optional.empty();
    if (p.subjectAfterState().isPresent()) {
      // a law is named by its subject alone, as a quoted "On ..." title; other kinds keep their
      // name with the subject after it ("Code on Administrative Offences")
      String s = p.subjectAfterState().get();
      return Optional.of(p.kind().kind() == InstrumentKind.LAW ? capitalizeFirst(s) : written + " " + s);
    }
    if (p.subject().isPresent()) {
      String s = p.subject().get();
      return Optional.of(p.subjectExtendsName() ? written + " " + s : capitalizeFirst(s));
    }
    if (p.quotedBefore().isPresent()) {
      return p.quotedBefore();
    }
    if (p.quotedAfter().isPresent()) {
      // after its issuing state ("Organic Law of Georgia "On ..."") the quoted name is the whole title,
      // and so is one that opens with a capital ('Federal Law No. 273-FZ "On Education ..."'): a name of
      // its own; a quoted part in lower case goes on with the name ('European Convention "for the ..."')
      String q = p.quotedAfter().get();
      boolean ownName = !q.isEmpty() && Character.isUpperCase(q.charAt(0));
      return Optional.of(name.isPresent() && p.stateAfter().isEmpty() && !ownName ? name.get() + " " + q : q);
    }
    // "Law No. 231 of 25 November 2011": a law is named by its subject, not by its number
    boolean numberOnly = p.numberTail() && !p.nameWords() && p.nameEndsAtNumber() && p.kind().describable()
        && p.date().isPresent();
    if (name.isPresent() && !numberOnly) {
      return name;
    }
    if (p.kind().selfTitled() && (p.kindCapitalised() || p.stateAfter().isPresent())) {
      return Optional.of(capitalizeFirst(p.kindWord().toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /** The instrument's kind: its kind word's, but a draft is a bill, kind other. */
  static InstrumentKind kind(Phrase p) {
    return p.draft() ? InstrumentKind.OTHER : p.kind().kind();
  }

  /**
   * The state the phrase's own words name: after the kind word, in the issuer's name, or before
   * the kind word; "INT" for a kind that only international bodies adopt ("Jakarta Declaration")
   * and for a number with its year in brackets, as the United Nations write them ("resolution 2231 (2015)").
   */
  static Optional<String> jurisdiction(Phrase p) {
    // a protocol described in lower case ("protocol of cooperation") is the two sides', not INT
    return writtenState(p)
        .or(() -> p.kind().international() && !p.descriptive() || p.yearInBrackets() ? Optional.of("INT") : Optional.empty());
  }

  /** The state the phrase's words write: after the kind word, in the issuer's name, or before the kind word. */
  private static Optional<String> writtenState(Phrase p) {
    return p.stateAfter().or(p::issuerState).or(p::statePrefix);
  }

  /**
   * "California law", "Texas statute", "Riverside County law": a state's body of law, which is no
   * instrument (nothing but the place and the kind word).
   */
  static boolean isBodyOfLaw(Phrase p) {
    return (p.kind().kind() == InstrumentKind.LAW || p.kindWord().equalsIgnoreCase("statute"))
        && p.placeBeforeKind() && p.quotedBefore().isEmpty() && p.quotedAfter().isEmpty() && p.subject().isEmpty()
        && !p.complement() && !p.numberTail() && p.date().isEmpty() && p.stateAfter().isEmpty() && !p.issuer();
  }

  /**
   * True when something in the phrase names the instrument: a title, a state, an issuer, a date or
   * a subject. A phrase that names nothing can only be a back-reference ("the Convention").
   */
  static boolean isNamed(Phrase p) {
    return !isBodyOfLaw(p) && (title(p).isPresent() || p.stateAfter().isPresent() || p.issuer() || p.issuerAdjective()
        || writtenState(p).isPresent() || p.date().isPresent() || p.descriptive());
  }

  static String capitalizeFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
