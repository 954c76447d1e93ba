package pressfacts.stage.citations;

import java.util.List;
import java.util.Optional;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateValue;
import pressfacts.doc.Provision;
import pressfacts.stage.citations.CitationLexicon.KindWord;

/**
 * One instrument phrase as {@link InstrumentGrammar} read it around a kind word, before anything
 * decides what it names ({@link PhraseReading} does). Its parts follow the grammar:
 *
 * <pre>
 *   phrase := quotedBefore? draft? issuerAdjective? statePrefix? nameWords? KIND numberTail?
 *             (stateAfter | issuer | date | complement stateAfter? | descriptive)?
 *             date? quotedAfter? date? subject? provision? acronym?
 * </pre>
 *
 * @param kind             the kind word's entry in kinds.tsv
 * @param kindWord         the kind word as written ("Constitution", "law")
 * @param kindCapitalised  whether the kind word is capitalised ("Law" names, "law" describes)
 * @param draft            "draft" stands before the kind word: a bill ("draft law")
 * @param quotedBefore     a quoted title right before the name ('"On Courts and Judges" Law')
 * @param issuerAdjective  an issuer adjective leads the name ("Presidential decree")
 * @param statePrefix      the state a place before the kind word names ("US Constitution")
 * @param placeBeforeKind  a state or a county stands right before the kind word ("California law")
 * @param name             the words from the title's start through the name's end, as written and
 *                         spaces collapsed; the kind word alone when nothing else is part of it
 * @param nameWords        capitalised words before the kind word belong to the title ("Criminal Code")
 * @param numberTail       "No. 16" or a year after the kind word ("Human Rights Act 1998")
 * @param yearInBrackets   the number has its year in brackets ("resolution 2231 (2015)"), as the United
 *                         Nations number their resolutions
 * @param complement       a capitalised name after a preposition ("against Transnational Organized Crime")
 * @param nameEndsAtNumber the name ends at the kind word or its number (no complement in it)
 * @param stateAfter       the state of an "of PLACE" tail ("of the Republic of Azerbaijan")
 * @param issuer           an "of" + issuing body tail ("of the Plenum of the Supreme Court")
 * @param issuerState      the state the issuing body's name ends with
 * @param descriptive      a lowercase subject of an untitled law ("the law on the judicial system")
 * @param subjectAfterState "on ..." after the issuing state ("Law of Georgia on Police")
 * @param quotedAfter      a quoted title after the kind word ('Law "On Courts and Judges"')
 * @param date             the date of a date tail ("from 1 June 2020")
 * @param subject          the lowercase subject of a numbered or dated law ("on the status of judges")
 * @param subjectExtendsName the subject completes a name that only repeats the kind ("Memorandum of
 *                         Understanding on cooperation")
 * @param provision        a code's own provision after it ("Penal Code section 187(a)")
 * @param span             the phrase's characters
 * @param firstWord        index of the phrase's first word
 * @param acronym          a parenthesised acronym right after it, or null
 */
record Phrase(KindWord kind, String kindWord, boolean kindCapitalised, boolean draft,
              Optional<String> quotedBefore, boolean issuerAdjective, Optional<String> statePrefix,
              boolean placeBeforeKind, String name, boolean nameWords, boolean numberTail, boolean yearInBrackets,
              boolean complement,
              boolean nameEndsAtNumber, Optional<String> stateAfter, boolean issuer, Optional<String> issuerState,
              boolean descriptive, Optional<String> subjectAfterState, Optional<String> quotedAfter,
              Optional<DateValue> date, Optional<String> subject, boolean subjectExtendsName,
              List<Provision> provision, CharSpan span, int firstWord, CharSpan acronym) {

  Phrase {
    provision = List.copyOf(provision);
  }

  /** A phrase of the kind word {@code kindWord}; every other part starts empty or false. */
  static Builder of(KindWord kind, String kindWord) {
    return new Builder(kind, kindWord);
  }

  /** Collects the parts as the grammar reads them, left to right. */
  static final class Builder {
    private final KindWord kind;
    private final String kindWord;
    private boolean kindCapitalised;
    private boolean draft;
    private Optional<String> quotedBefore = Optional.empty();
    private boolean issuerAdjective;
    private Optional<String> statePrefix = Optional.empty();
    private boolean placeBeforeKind;
    private String name;
    private boolean nameWords;
    private boolean numberTail;
    private boolean yearInBrackets;
    private boolean complement;
    private boolean nameEndsAtNumber = true;
    private Optional<String> stateAfter = Optional.empty();
    private boolean issuer;
    private Optional<String> issuerState = Optional.empty();
    private boolean descriptive;
    private Optional<String> subjectAfterState = Optional.empty();
    private Optional<String> quotedAfter = Optional.empty();
    private Optional<DateValue> date = Optional.empty();
    private Optional<String> subject = Optional.empty();
    private boolean subjectExtendsName;
    private List<Provision> provision = List.of();
    private CharSpan span;
    private int firstWord;
    private CharSpan acronym;

    private Builder(KindWord kind, String kindWord) {
      this.kind = kind;
      this.kindWord = kindWord;
      this.name = kindWord;
      this.kindCapitalised = !kindWord.isEmpty() && Character.isUpperCase(kindWord.charAt(0));
    }

    Builder draft() {
      draft = true;
      return this;
    }

    Builder quotedBefore(String q) {
      quotedBefore = Optional.of(q);
      return this;
    }

    Builder issuerAdjective() {
      issuerAdjective = true;
      return this;
    }

    Builder statePrefix(String code) {
      statePrefix = Optional.of(code);
      return this;
    }

    Builder placeBeforeKind() {
      placeBeforeKind = true;
      return this;
    }

    Builder name(String n) {
      name = n;
      return this;
    }

    Builder nameWords() {
      nameWords = true;
      return this;
    }

    Builder numberTail() {
      numberTail = true;
      return this;
    }

    Builder yearInBrackets() {
      yearInBrackets = true;
      return this;
    }

    /** A complement; {@code inName} when it continues the name (not a bare back-reference after a number). */
    Builder complement(boolean inName) {
      complement = true;
      nameEndsAtNumber = !inName;
      return this;
    }

    Builder stateAfter(String code) {
      stateAfter = Optional.of(code);
      return this;
    }

    Builder issuer(Optional<String> state) {
      issuer = true;
      issuerState = state;
      return this;
    }

    Builder descriptive() {
      descriptive = true;
      return this;
    }

    Builder subjectAfterState(String s) {
      subjectAfterState = Optional.of(s);
      return this;
    }

    Builder quotedAfter(String q) {
      quotedAfter = Optional.of(q);
      return this;
    }

    Builder date(DateValue d) {
      date = Optional.of(d);
      return this;
    }

    Builder subject(String s, boolean extendsName) {
      subject = Optional.of(s);
      subjectExtendsName = extendsName;
      return this;
    }

    Builder provision(List<Provision> p) {
      provision = p;
      return this;
    }

    Builder at(CharSpan s, int first, CharSpan acr) {
      span = s;
      firstWord = first;
      acronym = acr;
      return this;
    }

    Phrase build() {
      return new Phrase(kind, kindWord, kindCapitalised, draft, quotedBefore, issuerAdjective, statePrefix, placeBeforeKind,
          name, nameWords, numberTail, yearInBrackets, complement, nameEndsAtNumber, stateAfter, issuer, issuerState, descriptive,
          subjectAfterState, quotedAfter, date, subject, subjectExtendsName, provision, span, firstWord, acronym);
    }
  }
}
