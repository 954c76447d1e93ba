package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.InstrumentKind;
import pressfacts.stage.citations.CitationLexicon.KindWord;

/**
 * The instrument grammar. Every phrase is anchored on a kind word (kinds.tsv) and grows from it:
 *
 * <pre>
 *   phrase      := quotedTitle? nameWords? KIND numberTail? (jurisdiction | issuer | dateTail | complement | descriptive)?
 *                  dateTail? quotedTitle? dateTail? acronym?
 *   nameWords   := capitalised words right before the kind ("United Nations", "Criminal"), led by an
 *                  issuer adjective ("Presidential") or a state ("US", "Azerbaijani") that are no part of the title
 *   numberTail  := "No." NUMBER | YEAR after "Act"         ("Protocol No. 16", "Human Rights Act 1998")
 *   jurisdiction:= "of" "the"? placeModifier? PLACE          ("of the Republic of Azerbaijan", "of independent Azerbaijan Republic")
 *   issuer      := "of" "the"? capitalised phrase with an issuer head, and its jurisdiction ("of the Plenum of the Supreme Court ...")
 *   complement  := PREPOSITION "the"? capitalised name     ("against Transnational Organized Crime", "to Prevent, Suppress and ...")
 *   descriptive := "on" "the"? lowercase words             ("the law on the judicial system"; untitled)
 *   dateTail    := ","? ("from" | "dated" | "of") DATE      (a date of the DateLayer starting there)
 *   acronym     := "(" quote? ALLCAPS quote? ")"
 * </pre>
 *
 * Besides phrases on kind words, {@link #find} reads forms with no kind word: the U.S.C., bills,
 * public laws ("Pub. L. No. 110-53"), a state's statute book in its written forms ({@link StatuteForms}), a known acronym a provision points to ("u/s 34 IPC"), a bare
 * "Title VII" of a cited Act, and a provision joined by "and" to a cited instrument.
 *
 * <p>{@link #parse} reads these parts into a {@link Phrase}; {@link PhraseReading} decides what the
 * phrase names. A phrase is a citation when something in it names the instrument (a title, a name, a state, an
 * issuer, a date, a subject), or else a back-reference when a determiner stands before a bare
 * kind word ("the Convention", "the said law"). Everything else ("the law enforcement bodies", "an
 * article", "court decisions") is left alone. Pure: reads, never writes, the document.
 */
final class InstrumentGrammar {
  /** How far a quoted title may run, in words; a longer "title" is a quotation, not a name. */
  private static final int MAX_QUOTED_WORDS = 40;
  /** Lowercase words that join the capitalised words of an Act's name (besides "of" and "and"): "Right to Information Act", "Trafficking in Persons Act". */
  private static final Set<String> INNER_ACT_WORDS = Set.of("with", "for", "from", "against", "on", "to", "in");
  /** How far back a provision chain pointing at an acronym may start, in words. */
  private static final int MAX_CHAIN_WORDS = 16;
  /** How many lowercase words a descriptive subject may have ("judicial system"). */
  private static final int MAX_DESCRIPTIVE_WORDS = 4;

  /** The title of "18 U.S.C. § 1591": the code itself; its title number is no part of the name. */
  private static final String UNITED_STATES_CODE = "United States Code";
  /** How many words the subject of a law may have ("on the status of judges of first instance"). */
  private static final int MAX_SUBJECT_WORDS = 12;

  private static final String ROMAN = "[IVXL]+";
  /** A year written with an Act's name ("Human Rights Act 1998", "Civil Rights Act of 1964"). */
  private static final String YEAR = "1[6-9]\\d\\d|20\\d\\d";
  private final CitationLexicon lex;
  private final ProvisionGrammar provisions;

  InstrumentGrammar(CitationLexicon lex, ProvisionGrammar provisions) {
    this.lex = lex;
    this.provisions = provisions;
  }

  /** Every instrument phrase of the text, in text order; phrases may still overlap. */
  List<Found> find(String original, Words w, Map<Integer, DateMention> datesByStart) {
    List<Found> out = new ArrayList<>();
    for (int k = 0; k < w.size(); k++) {
      Found f = unitedStatesCode(w, k);
      if (f == null) {
        f = withStateBefore(w, billOrProposition(w, k));
      }
      if (f == null) {
        f = publicLaw(w, k);
      }
      if (f == null) {
        f = acronymWithProvision(w, k);
      }
      if (f == null) {
        f = abbreviatedCode(w, k, datesByStart);
      }
      if (f == null) {
        f = codeAcronymOfState(w, k);
      }
      if (f == null) {
        f = lex.statuteForms.at(w, k, datesByStart);
      }
      if (f == null) {
        f = kindlessKnownTitle(w, k);
      }
      if (f == null) {
        f = billOfRights(w, k);
      }
      if (f == null) {
        f = pluralWithList(w, k, datesByStart);
      }
      if (f == null) {
        f = atKindWord(original, w, k, datesByStart, out);
      }
      if (f == null) {
        f = lawReference(w, k, out);
      }
      if (f != null) {
        out.add(f);
      }
    }
    out.addAll(bareTitles(w, out));
    out.addAll(coordinatedProvisions(w, out));
    out.sort(Comparator.comparing(Found::span));
    return out;
  }

  private static final Map<String, String> BILL_PREFIXES = Map.of("AB", "Assembly Bill", "SB", "Senate Bill",
      "HB", "House Bill");

  /** A bill written as its chamber's abbreviation and number in one word ("SB1319"). */
  private static final Pattern BILL_ABBREVIATION = Pattern.compile("(AB|SB|HB)(\\d{1,4})");

  /** A local ballot measure's letters: one to three capitals ("J", "HHH"). */
  private static final Pattern BALLOT_LETTERS = Pattern.compile("[A-Z]{1,3}");

  /** A nickname of hyphen-joined numbers and capitalised words, at least one of each ("10-20-Life"). */
  private static final Pattern NICKNAME_PART = Pattern.compile("\\d+|\\p{Lu}\\p{Ll}+");

  /**
   * A number is required: words alone are a hyphenated place far more often than a law's nickname
   * ("Miami-Dade law enforcement", "Wilkes-Barre law firm").
   */
  private static boolean isHyphenatedNickname(String x) {
    String[] parts = x.split("-");
    if (parts.length < 2) {
      return false;
    }
    boolean word = false;
    boolean number = false;
    for (String part : parts) {
      if (!NICKNAME_PART.matcher(part).matches()) {
        return false;
      }
      word |= Character.isLetter(part.charAt(0));
      number |= Character.isDigit(part.charAt(0));
    }
    return word && number;
  }

  /**
   * "SB1319", "AB 109", "Senate Bill 1319": a bill, kind other, titled by its chamber and number;
   * "Proposition 47", "Prop. 57": a law adopted by the voters.
   */
  private static Found billOrProposition(Words w, int k) {
    String x = w.at(k);
    Matcher m = BILL_ABBREVIATION.matcher(x);
    if (m.matches()) {
      return Found.named(span(w, k, k), k, InstrumentKind.OTHER)
          .title(billTitle(w, x, BILL_PREFIXES.get(m.group(1)) + " " + m.group(2))).build();
    }
    if (BILL_PREFIXES.containsKey(x) && w.at(k + 1).matches("\\d{1,4}") && w.sameLine(k)) {
      return Found.named(span(w, k, k + 1), k, InstrumentKind.OTHER)
          .title(billTitle(w, x + " " + w.at(k + 1), BILL_PREFIXES.get(x) + " " + w.at(k + 1))).build();
    }
    if ((x.equals("Assembly") || x.equals("Senate") || x.equals("House")) && w.is(k + 1, "Bill")
        && w.sameLine(k) && w.sameLine(k + 1)) {
      // "Senate Bill (SB) 1437": the chamber's abbreviation in brackets between the name and the number
      int n = w.is(k + 2, "(") && w.is(k + 4, ")") && w.is(k + 3, x.substring(0, 1) + "B") && w.sameLine(k + 2)
          && w.sameLine(k + 3) && w.sameLine(k + 4) ? k + 5 : k + 2;
      if (w.at(n).matches("\\d{1,4}")) {
        return Found.named(span(w, k, n), k, InstrumentKind.OTHER).title(x + " Bill " + w.at(n)).build();
      }
    }
    if (x.equals("Proposition") && w.at(k + 1).matches("\\d{1,3}") && w.sameLine(k)) {
      return Found.named(span(w, k, k + 1), k, InstrumentKind.LAW).title("Proposition " + w.at(k + 1)).build();
    }
    // "Measure J", "Measure HHH": a county's or a city's ballot measure, named by its letters; adopted
    // by the voters as Propositions are
    if (x.equals("Measure") && BALLOT_LETTERS.matcher(w.at(k + 1)).matches() && w.sameLine(k)) {
      return Found.named(span(w, k, k + 1), k, InstrumentKind.LAW).title("Measure " + w.at(k + 1)).build();
    }
    // "10-20-Life law": a law known by its hyphenated nickname of numbers and capitalised words
    if (w.is(k + 1, "law") && w.sameLine(k) && isHyphenatedNickname(x)) {
      return Found.named(span(w, k, k + 1), k, InstrumentKind.LAW).title(x).build();
    }
    // "Prop. 57", "Prop 47": the measure's name abbreviated; the title is its name written out
    int number = w.is(k + 1, ".") && w.sameLine(k + 1) ? k + 2 : k + 1;
    if (x.equals("Prop") && w.at(number).matches("\\d{1,3}") && w.sameLine(k)) {
      return Found.named(span(w, k, number), k, InstrumentKind.LAW).title("Proposition " + w.at(number)).build();
    }
    return null;
  }

  /**
   * "United States Munitions List": a known instrument whose title holds no kind word, written whole
   * from word {@code k} on one line (known-instruments.tsv); its title as the text writes it.
   */
  private Found kindlessKnownTitle(Words w, int k) {
    Words.W first = w.get(k);
    if (!first.capitalized()) {
      return null;
    }
    for (CitationLexicon.KnownInstrument known : lex.kindlessKnownInstruments()) {
      String title = known.title();
      int end = first.start() + title.length();
      if (!w.text.startsWith(title, first.start()) || end < w.text.length() && Character.isLetterOrDigit(w.text.charAt(end))) {
        continue;
      }
      int last = k;
      while (last + 1 < w.size() && w.get(last + 1).end() <= end) {
        last++;
      }
      if (w.get(last).end() != end || w.text.substring(first.start(), end).indexOf('\n') >= 0) {
        continue;
      }
      return Found.named(span(w, k, last), k, known.kind()).title(title).jurisdiction(known.jurisdiction()).build();
    }
    return null;
  }

  /**
   * "Victims' Bill of Rights", "the Arizona Victims' Bill of Rights", "the Bill of Rights": a charter of
   * rights is a named instrument though "Bill" names no kind (a bill is a law in the making, "Senate Bill
   * 46"). Anchored on "Bill"; the capitalised name before it, with its possessive, is in the span and the
   * title, a state leading it is its jurisdiction only. Named by its holders it is a law (the victims'
   * rights that voters enacted, "otherwise known as Marsy's Law"); bare it is the federal Constitution's.
   */
  private Found billOfRights(Words w, int k) {
    if (!w.is(k, "Bill") || !w.is(k + 1, "of") || !w.is(k + 2, "Rights") || !w.sameLine(k) || !w.sameLine(k + 1)) {
      return null;
    }
    KindWord law = lex.kind("law");
    int start = k;
    if (possessiveBefore(w, k) && isNameWord(w, k - 3)) {
      start = k - 3; // "Victim's"
    } else if ((w.is(k - 1, "'") || w.is(k - 1, "\u2019")) && w.touching(k - 2) && w.sameLine(k - 1)
        && isNameWord(w, k - 2) && w.at(k - 2).endsWith("s")) {
      start = k - 2; // "Victims'"
    }
    if (start < k) {
      start = nameWordsStart(w, start, k, law);
    }
    int titleStart = start;
    String state = null;
    Place place = placeAt(w, start);
    if (place != null && place.state().isPresent() && place.last() < k) {
      state = place.state().get();
      titleStart = place.last() + 1;
    } else if (w.is(k - 1, ".") && w.touching(k - 2) && w.sameLine(k - 1)) {
      // "U.S. Bill of Rights": a state's abbreviation with its dot
      Place dotted = placeAt(w, k - 2);
      if (dotted != null && dotted.last() == k - 2 && dotted.state().isPresent()) {
        start = k - 2;
        titleStart = k;
        state = dotted.state().get();
      }
    }
    CharSpan s = span(w, start, k + 2);
    String title = collapse(w.text.substring(w.get(titleStart).start(), w.get(k + 2).end()));
    boolean named = titleStart < k;
    return Found.named(s, start, named ? law.kind() : InstrumentKind.CONSTITUTION).title(title)
        .jurisdiction(named ? state : state == null ? "US" : state).build();
  }

  /** "110-53": the number of a public law, Congress and law. */
  private static final Pattern PUBLIC_LAW_NUMBER = Pattern.compile("\\d{1,3}-\\d{1,4}");

  /**
   * "Pub. L. No. 110-53", "Public Law 110-53", "P.L. 110-53": a federal law cited by its number,
   * which is its title as written.
   */
  private static Found publicLaw(Words w, int k) {
    int n;
    if (w.is(k, "Pub") && w.is(k + 1, ".") && w.is(k + 2, "L") && w.is(k + 3, ".")) {
      n = k + 4;
    } else if (w.is(k, "Public") && w.is(k + 1, "Law")) {
      n = k + 2;
    } else if (w.is(k, "P.L") && w.is(k + 1, ".")) {
      n = k + 2;
    } else {
      return null;
    }
    if (w.is(n, "No")) {
      n = w.is(n + 1, ".") ? n + 2 : n + 1;
    }
    if (!PUBLIC_LAW_NUMBER.matcher(w.at(n)).matches()) {
      return null;
    }
    for (int i = k; i < n; i++) {
      if (!w.sameLine(i)) {
        return null;
      }
    }
    CharSpan s = span(w, k, n);
    return Found.named(s, k, InstrumentKind.LAW).title(collapse(s.of(w.text))).jurisdiction("US").build();
  }

  /**
   * "Section 302 of the IPC", "u/s 34 IPC": a known instrument's acronym that a provision chain
   * points to is the phrase the chain attaches to (the resolver reads a bare acronym).
   */
  private Found acronymWithProvision(Words w, int k) {
    CitationLexicon.KnownInstrument known = w.get(k).acronymShaped() ? lex.knownByAcronym(w.at(k)) : null;
    if (known == null) {
      return null;
    }
    for (int i = k - 1; i >= 0 && i >= k - MAX_CHAIN_WORDS; i--) {
      ProvisionGrammar.Chain c = provisions.parseAt(w, i);
      if (c != null && c.attach() == k) {
        return Found.named(span(w, k, k), k, known.kind()).title(known.title()).jurisdiction(known.jurisdiction())
            .build();
      }
    }
    return null;
  }

  /**
   * "PC 245(a)(1)", "VC 23152(a)" (code-abbreviations.tsv): a state code's abbreviation and a section
   * number; the code's jurisdiction is left to the resolver (the document's state).
   */
  private Found abbreviatedCode(Words w, int k, Map<Integer, DateMention> dates) {
    int abbrLast = abbreviationEnd(w, k);
    String title = abbrLast < 0 ? null
        : lex.codeAbbreviations.get(w.text.substring(w.get(k).start(), w.get(abbrLast).end()));
    // "PL §120.05(2)", "VTL § 1192(3)": a section sign may stand between the abbreviation and the number
    int idFirst = w.is(abbrLast + 1, "§") && w.sameLine(abbrLast + 1) ? abbrLast + 2 : abbrLast + 1;
    int last = title != null && w.sameLine(abbrLast) ? bareSectionId(w, idFirst, dates, 2) : -1;
    if (last < 0) {
      return null;
    }
    String id = w.writtenWords(idFirst, last);
    if (!id.contains("(") && w.sameLine(last) && w.get(last + 1).isWord() && w.get(last + 1).capitalized()) {
      return null; // "PC 1234 Smith": a constable's number and name
    }
    // the kind is the title's kind word: a code, or a law ("PL 125.25" is New York's Penal Law)
    KindWord kind = lex.kind(title.substring(title.lastIndexOf(' ') + 1));
    return Found.named(span(w, k, last), k, kind == null ? InstrumentKind.CODE : kind.kind()).title(title)
        .provision(List.of(new pressfacts.doc.Provision(pressfacts.doc.ProvisionUnit.SECTION, id))).build();
  }

  /** "CC of Ukraine", "CPC of Ukraine" (code-acronyms.tsv): a code's acronym with its issuing state after it. */
  private Found codeAcronymOfState(Words w, int k) {
    String title = lex.codeAcronyms.get(w.at(k));
    Place state = title != null && w.sameLine(k) ? jurisdictionTail(w, k + 1) : null;
    if (state == null || state.state().isEmpty()) {
      return null;
    }
    return Found.named(span(w, k, state.last()), k, InstrumentKind.CODE).title(title)
        .jurisdiction(state.state().get()).build();
  }

  /**
   * The last word of a code abbreviation written with touching marks from word {@code k}: "PC" alone,
   * "P.C" and its dot, "H", "&", "S"; -1 when word {@code k} starts none (not a word).
   */
  private static int abbreviationEnd(Words w, int k) {
    if (k >= w.size() || !w.get(k).isWord()) {
      return -1;
    }
    if (w.is(k + 1, ".") && w.touching(k)) {
      return k + 1;
    }
    if (w.is(k + 1, "&") && w.touching(k) && w.touching(k + 1) && k + 2 < w.size() && w.get(k + 2).isWord()) {
      return k + 2;
    }
    return k;
  }

  /** "Texas Senate Bill 1319": the state before a bill is in its span, and is its jurisdiction. */
  private Found withStateBefore(Words w, Found bill) {
    if (bill == null) {
      return null;
    }
    int k = bill.firstWord();
    int s = statePrefixStart(w, Math.max(0, k - lex.longestPlace), k);
    Place place = s < k && w.sameLine(k - 1) ? placeAt(w, s) : null;
    if (place == null || place.state().isEmpty()) {
      return bill;
    }
    return Found.named(new CharSpan(w.get(s).start(), bill.span().end()), s, bill.kind()).title(bill.title())
        .jurisdiction(place.state().get()).build();
  }

  /** A bill's abbreviation is its title, unless the text also writes its name out ("SB1319" and "Senate Bill 1319"). */
  private static String billTitle(Words w, String asWritten, String spelledOut) {
    // the name written out may hold the abbreviation in brackets before its number ("Senate Bill (SB) 1437")
    int number = spelledOut.lastIndexOf(' ');
    return Pattern.compile("(?<!\\w)" + Pattern.quote(spelledOut.substring(0, number)) + "(?: \\([A-Z]{2}\\))? "
        + Pattern.quote(spelledOut.substring(number + 1)) + "(?!\\w)").matcher(w.text).find() ? spelledOut : asWritten;
  }

  /**
   * "... of the Criminal Code of Georgia and part I of art.333 (edition valid till 31 May, 2006)":
   * a provision chain joined by "and" right after a named instrument, with no instrument of its
   * own, points back to that instrument: a back-reference with its provision, and the remark in
   * brackets right after it in its span.
   */
  private List<Found> coordinatedProvisions(Words w, List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      int last = f.firstWord();
      while (last + 1 < w.size() && w.get(last + 1).end() <= f.span().end()) {
        last++;
      }
      if (f.form() != Found.Form.NAMED || !w.is(last + 1, "and") || !w.sameLine(last) || !w.sameLine(last + 1)) {
        continue;
      }
      ProvisionGrammar.Chain c = provisions.parseAt(w, last + 2);
      if (c == null || c.attach() >= 0) {
        continue;
      }
      int remark = w.is(c.last() + 1, "(") ? provisions.remarkAfter(w, c.last()) : -1;
      CharSpan s = span(w, last + 2, remark >= 0 ? remark : c.last());
      out.add(Found.backReference(s, last + 2, f.kind()).withProvision(s, c.provisions()));
    }
    return out;
  }

  /** A bare "Title VII" anywhere in a text that cites "Title VII of the Civil Rights Act": that Act. */
  private static List<Found> bareTitles(Words w, List<Found> found) {
    Map<String, Found> byTitle = new HashMap<>();
    for (Found f : found) {
      int t = f.firstWord();
      if (f.kind() == InstrumentKind.ACT && f.title() != null && w.is(t, "Title") && w.at(t + 1).matches(ROMAN)
          && w.is(t + 2, "of")) {
        byTitle.putIfAbsent(w.at(t + 1), f);
      }
    }
    List<Found> out = new ArrayList<>();
    if (byTitle.isEmpty()) {
      return out;
    }
    for (int i = 0; i + 1 < w.size(); i++) {
      Found of = w.is(i, "Title") && w.sameLine(i) && !w.is(i + 2, "of") ? byTitle.get(w.at(i + 1)) : null;
      if (of != null) {
        out.add(Found.named(span(w, i, i + 1), i, of.kind()).title(of.title()).jurisdiction(of.jurisdiction()).build());
      }
    }
    return out;
  }

  /**
   * "18 U.S.C. § 1591", "42 U.S.C., Section 2274(b)" and "Title 18, United States Code, Section
   * 371": title number, the code's name or abbreviation, and its section.
   */
  private Found unitedStatesCode(Words w, int k) {
    int end;
    if (isAsciiNumber(w.at(k), 2) && w.is(k + 1, "U.S.C") && w.sameLine(k)) {
      end = w.is(k + 2, ".") && w.touching(k + 1) ? k + 2 : k + 1;
    } else if (isAsciiNumber(w.at(k), 2) && w.sameLine(k) && w.is(k + 1, "U.S") && usCodeEnd(w, k + 1) > 0) {
      // "18 U.S. Code § 1343": the code's name shortened, its title number before it
      end = usCodeEnd(w, k + 1);
    } else if (w.is(k, "Title") && isAsciiNumber(w.at(k + 1), 2) && w.is(k + 2, ",") && w.sameLine(k) && w.sameLine(k + 1)
        && w.sameLine(k + 2) && usCodeEnd(w, k + 3) > 0) {
      // "Title 18, United States Code, Section 1343", "Title 18, U.S. Code, Section 1343"
      end = usCodeEnd(w, k + 3);
    } else if (w.is(k, "Title") && isAsciiNumber(w.at(k + 1), 2) && w.is(k + 2, "of") && w.is(k + 3, "the")
        && w.is(k + 4, "United") && w.is(k + 5, "States") && w.is(k + 6, "Code") && w.sameLine(k) && w.sameLine(k + 1)
        && w.sameLine(k + 2) && w.sameLine(k + 3)) {
      // "Section 1343 of Title 18 of the United States Code": the title number is in the span only
      end = k + 6;
    } else if (isAsciiNumber(w.at(k), 2) && w.is(k + 1, "USC") && w.sameLine(k)) {
      // "18 USC 1343": the abbreviation written without dots
      end = k + 1;
    } else {
      return null;
    }
    List<pressfacts.doc.Provision> prov = List.of();
    int p = w.is(end + 1, ",") && w.sameLine(end) ? end + 2 : end + 1;
    ProvisionGrammar.Chain chain = provisions.parseAt(w, p);
    int bare = chain == null && w.sameLine(end) ? bareSectionId(w, end + 1, Map.of(), 1) : -1;
    if (chain != null) {
      end = chain.last();
      prov = chain.provisions();
    } else if (bare > end) {
      // "21 U.S.C. 841(a)(1)": a section written without "§"
      prov = List.of(new pressfacts.doc.Provision(pressfacts.doc.ProvisionUnit.SECTION,
          w.writtenWords(end + 1, bare)));
      end = bare;
    }
    return Found.named(span(w, k, end), k, InstrumentKind.CODE).title(UNITED_STATES_CODE).jurisdiction("US")
        .provision(prov).build();
  }

  /** The last word of "United States Code" or "U.S. Code" starting at word {@code i}, on one line, or -1. */
  private static int usCodeEnd(Words w, int i) {
    if (w.is(i, "United") && w.is(i + 1, "States") && w.is(i + 2, "Code") && w.sameLine(i) && w.sameLine(i + 1)) {
      return i + 2;
    }
    if (w.is(i, "U.S") && w.is(i + 1, ".") && w.is(i + 2, "Code") && w.touching(i) && w.sameLine(i + 1)) {
      return i + 2;
    }
    return -1;
  }

  /**
   * A plural kind word with a list of the instruments' dates or numbers ("decisions of 8 November 2023,
   * 27 March 2024 and 2 October 2024", "Decrees of the President of the Republic of X No. 12 and No. 14",
   * "Orders No. 45-A and No. 46-A of 3 May 2023"): one citation of them all, as "Articles 3 and 5" is one
   * (Conventions), untitled and of the singular's kind; the state an issuer names is its jurisdiction. The
   * list needs two items or more joined by "and", each a date of the DateLayer or an official number; a
   * plural without one speaks of instruments in general ("court decisions", "orders of the President").
   */
  private Found pluralWithList(Words w, int k, Map<Integer, DateMention> dates) {
    InstrumentKind kind = lex.pluralKinds.get(w.at(k).toLowerCase(Locale.ROOT));
    if (kind == null || !w.sameLine(k) || inCapitalsHeadline(w, k)) {
      return null;
    }
    int r = k + 1;
    Optional<String> state = Optional.empty();
    IssuerTail it = issuerTail(w, r);
    if (it != null) {
      if (kind == InstrumentKind.DECISION && decidesTheCase(w, r + 1, it.last())) {
        return null; // a court's decisions in the case reported are documents of the case (Conventions)
      }
      state = it.state();
      r = it.last() + 1;
    }
    int last = -1;
    DateValue date = null; // a list of dates gives no one date of adoption
    if (lex.dateLinkers.contains(w.at(r).toLowerCase(Locale.ROOT)) && w.sameLine(r)) {
      last = listEnd(w, r + 1, i -> dateEnd(w, i, dates));
    }
    if (last < 0) {
      last = listEnd(w, r, i -> numberSign(w, i) ? officialNumber(w, i) : -1);
      if (last >= 0 && it == null) {
        // "Resolutions No. 5 and No. 6 of the Plenum of the Supreme Court": the issuer after the numbers
        IssuerTail after = issuerTail(w, last + 1);
        if (after != null) {
          state = after.state();
          last = after.last();
        }
      }
      DateTail dt = last >= 0 ? dateTail(w, last + 1, dates) : null;
      if (dt != null && w.sameLine(last)) {
        last = dt.last();
        date = dt.value(); // one date for all the numbers: the day they were adopted
      }
    }
    if (last < 0) {
      return null;
    }
    return Found.named(span(w, k, last), k, kind).jurisdiction(state.orElse(null)).date(date).build();
  }

  /**
   * The last word of a list of two items or more starting at word {@code i} ("A, B and C", "A, B, and C",
   * "A and B"), each read by {@code item} (its last word, or -1), on one line; -1 when there is no such list.
   */
  private static int listEnd(Words w, int i, java.util.function.IntUnaryOperator item) {
    int last = item.applyAsInt(i);
    while (last >= 0 && w.sameLine(last)) {
      int n = last + 1;
      boolean and = false;
      if (w.is(n, ",") && w.sameLine(n)) {
        n++;
      }
      if (w.is(n, "and") && w.sameLine(n)) {
        n++;
        and = true;
      }
      int next = n > last + 1 ? item.applyAsInt(n) : -1;
      if (next < 0) {
        break;
      }
      last = next;
      if (and) {
        return last;
      }
    }
    return -1; // a list ends on "and": "decisions of 8 May, the court said" is no list
  }

  /** The last word of the DateLayer date with a value starting at word {@code i}, or -1. */
  private static int dateEnd(Words w, int i, Map<Integer, DateMention> dates) {
    if (i >= w.size()) {
      return -1;
    }
    DateMention d = dates.get(w.get(i).start());
    if (d == null || d.value() == null) {
      return -1;
    }
    int last = i;
    while (last + 1 < w.size() && w.get(last + 1).end() <= d.span().end()) {
      last++;
    }
    return last;
  }

  /** The citation anchored on the kind word at {@code k}: a named instrument, a back-reference, or null. */
  private Found atKindWord(String original, Words w, int k, Map<Integer, DateMention> dates, List<Found> before) {
    KindWord kw = lex.kind(w.at(k));
    if (kw == null) {
      return null;
    }
    Optional<Phrase> parsed = parse(original, w, k, kw, dates);
    if (parsed.isEmpty() || PhraseReading.isBodyOfLaw(parsed.get())) {
      return null;
    }
    Phrase p = parsed.get();
    if (PhraseReading.isNamed(p)) {
      return Found.named(p.span(), p.firstWord(), PhraseReading.kind(p))
          .title(PhraseReading.title(p).orElse(null))
          .jurisdiction(PhraseReading.jurisdiction(p).orElse(null))
          .date(p.date().orElse(null))
          .provision(p.provision())
          .acronym(p.acronym())
          .build();
    }
    return backReference(w, k, kw, p.kindCapitalised(), before);
  }

  /**
   * Reads the phrase around the kind word at {@code k} (see {@link Phrase} for its parts): the left
   * side, then the right side. Empty when the kind word belongs to something else: a capitals
   * headline, another name ("Constitution Day"), a non-instrument ("case law").
   */
  Optional<Phrase> parse(String original, Words w, int k, KindWord kw, Map<Integer, DateMention> dates) {
    if (inCapitalsHeadline(w, k)) {
      return Optional.empty();
    }
    if (compoundNoun(w, k)) {
      return Optional.empty(); // "Mexican law enforcement", "No law enforcement officer"
    }
    Phrase.Builder p = Phrase.of(kw, w.at(k));
    boolean kindCap = w.get(k).capitalized();
    if (kw.capitalisedOnly() && !kindCap) {
      return Optional.empty(); // "DEA regulations": instruments in general; "an amendment on the Senate"
    }
    Left left = left(original, w, k, kw, p);
    int nameStart = left.nameStart();
    if (k > 0 && (statePrefixStart(w, nameStart, k) < k || w.is(k - 1, "County"))) {
      p.placeBeforeKind();
    }
    // a capitalised word right after a capitalised kind word makes it part of another name
    // ("International Development Law Organization", "Constitution Day")
    if (kindCap && !left.quoted() && partOfAnotherName(w, k)) {
      return Optional.empty();
    }

    // ---- right: number tail, then one of jurisdiction / issuer / date / complement / subject
    int end = numberTail(w, k, kw, left.titleStart() < k);
    boolean numberTail = end > k;
    if (numberTail) {
      p.numberTail();
      if (w.is(end, ")")) {
        p.yearInBrackets();
      }
    }
    boolean dated = false;
    // "Human Rights Act 1998": the year written with the name is the instrument's date too
    DateMention year = YEAR_WORD.matcher(w.at(end)).matches() ? dates.get(w.get(end).start()) : null;
    if (numberTail && year != null && year.value() != null) {
      p.date(year.value());
      dated = true;
    }
    int nameEnd = end;
    int phraseEnd = end; // for the non-instrument check, which sees "Law of Europe" whole
    // "Crimes Act 1900 (NSW)", "Criminal Code (Cth)": the legislature in brackets after the name is in the span
    boolean statute = kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.CODE;
    int bracket = statute && kindCap && left.titleStart() < k ? bracketedJurisdiction(w, end) : -1;
    if (bracket > 0) {
      p.stateAfter(lex.bracketedJurisdictions.get(w.at(end + 2)));
      end = bracket;
    }
    boolean complement = false;
    boolean subjectAfterState = false;
    int r = end + 1;
    Place tail = jurisdictionTail(w, r);
    IssuerTail it = tail == null && !(kw.namesItsBody() && kindCap) ? issuerTail(w, r) : null;
    DateTail dt = tail == null && it == null && !dated ? dateTail(w, r, dates) : null;
    if (tail != null) {
      phraseEnd = tail.last();
      if (tail.state().isPresent()) {
        p.stateAfter(tail.state().get());
        end = tail.last();
        // the name after the issuing state: "Law of Georgia on Police" is the law "On Police"
        if (w.is(end + 1, "on")) {
          int c = complement(w, end + 1, kindCap);
          if (c >= 0) {
            p.subjectAfterState(collapse(original.substring(w.get(end + 1).start(), w.get(c).end())));
            subjectAfterState = true;
            end = c;
            phraseEnd = c;
          }
        }
      }
    } else if (it != null) {
      if (caseDocumentKind(kw) && left.titleStart() == k && !numberTail && decidesTheCase(w, r + 1, it.last())) {
        // "decision of the Criminal Cases Panel of X City Court from 21 December 2016", "an order of the
        // Superior Court of X County": a court's decision or order in the case reported is a document of
        // the case itself, no citation (Conventions)
        return Optional.empty();
      }
      p.issuer(it.state());
      end = it.last();
    } else if (dt != null) {
      IssuerTail court = issuerTail(w, dt.last() + 1);
      if (caseDocumentKind(kw) && left.titleStart() == k && !numberTail && court != null
          && decidesTheCase(w, dt.last() + 2, court.last())) {
        // "the decision from February 27, 2018 of the Criminal Chamber of X Court of Appeals": the deciding
        // court after the date, a document of the case as above
        return Optional.empty();
      }
      p.date(dt.value());
      dated = true;
      end = dt.last();
    } else if (!kindCap && describedEnd(w, k) > k) {
      // "a memorandum of understanding on judicial cooperation", "protocol of cooperation": described
      // in lower case, an untitled instrument (Conventions); before, only capitalised names were read
      p.descriptive();
      end = describedEnd(w, k);
    } else {
      int c = complement(w, r, kindCap);
      if (c >= 0) {
        complement = true;
        end = c;
        phraseEnd = c;
        // "Protocol No. 16 to the Convention": a bare back-reference closes the phrase, not the name
        boolean bareReference = c == (w.is(r + 1, "the") ? r + 2 : r + 1) && lex.kind(w.at(c)) != null;
        boolean inName = !(numberTail && bareReference);
        p.complement(inName);
        if (inName) {
          nameEnd = c;
        }
        // "Code of Criminal Procedure, 1973": the Indian short title's year after its subject is in its title
        int yearWord = statute(kw) && kindCap && inName ? commaYear(w, c) : -1;
        DateMention written = yearWord > 0 ? dates.get(w.get(yearWord).start()) : null;
        if (written != null && written.value() != null) {
          p.date(written.value());
          dated = true;
          end = yearWord;
          nameEnd = yearWord;
          phraseEnd = yearWord;
          c = yearWord;
        }
        Place after = jurisdictionTail(w, c + 1);
        if (after != null && after.state().isPresent()) {
          p.stateAfter(after.state().get());
          end = after.last();
        }
      } else if (kw.describable() && !kindCap && w.is(k - 1, "the")) {
        int d = descriptiveSubject(w, r);
        if (d >= 0) {
          p.descriptive();
          end = d;
        }
      }
    }
    // "Federal Law of the Russian Federation No. 273-FZ": the number after the issuer is in the span
    int number = officialNumber(w, end + 1);
    if (number > 0 && w.sameLine(end)) {
      end = number;
    }
    // a quoted title right after the kind word names an instrument ('the constitutional Law "On ..."')
    boolean quotedTitleFollows = w.openingQuote(end + 1) && w.sameLine(end);
    // "Criminal Law of Latvia": capitalised and issued by a named state, a body of law's name is an instrument's
    boolean issuedByState = kindCap && tail != null && tail.state().isPresent();
    if (!left.quoted() && !quotedTitleFollows && !issuedByState
        && (isNonInstrument(w, nameStart, nameEnd) || isNonInstrument(w, nameStart, phraseEnd))
        || endsWithEntry(w, nameStart, k, lex.otherNames)) {
      return Optional.empty();
    }
    // "Towing Law" as a heading, "Spangler Law" in a list of firms: a name and "Law" alone on a line
    if (kw.kind() == InstrumentKind.LAW && kindCap && end == k && left.titleStart() < k && !left.quoted()
        && (nameStart == 0 || !w.sameLine(nameStart - 1)) && !w.sameLine(k)) {
      return Optional.empty();
    }
    r = end + 1;
    int dateEnd = dated ? -1 : datedEnd(w, r, dates, p);
    if (dateEnd >= 0) {
      dated = true;
      end = dateEnd;
      r = end + 1;
    }
    boolean quotedAfter = false;
    if (!left.quoted() && w.openingQuote(r) && w.sameLine(end)) {
      int c = w.closingQuote(r, MAX_QUOTED_WORDS);
      if (c > r + 1) {
        p.quotedAfter(inner(original, w, r, c));
        quotedAfter = true;
        end = c;
        r = c + 1;
      }
    }
    // the date may follow the quoted title instead
    dateEnd = dated ? -1 : datedEnd(w, r, dates, p);
    if (dateEnd >= 0) {
      dated = true;
      end = dateEnd;
      r = end + 1;
    }
    // "Memorandum of Understanding on cooperation in ...": a name that only repeats the kind takes its subject;
    // "Treaty between A and B on legal assistance in civil, family and criminal matters": the subject is part of the name
    boolean kindOnlyName = complement && !quotedAfter
        && lex.untitledNames.contains(collapse(w.text.substring(w.get(k).start(), w.get(nameEnd).end())).toLowerCase(Locale.ROOT));
    kindOnlyName |= complement && w.is(k + 1, "between");
    // "Council of Europe Convention on preventing and combating violence ...": an international
    // instrument's official name goes on in lower case
    boolean internationalName = !complement && isInternationalName(w, left.titleStart(), k);
    if (!quotedAfter && !subjectAfterState && kindCap
        && (kindOnlyName || internationalName || kw.describable() && (numberTail || dated))) {
      int s = lawSubject(w, r);
      if (s >= 0) {
        p.subject(collapse(original.substring(w.get(r).start(), w.get(s).end())), kindOnlyName || internationalName);
        end = s;
        r = s + 1;
      }
    }
    // "California Vehicle Code Section 22658", "Penal Code, section 187(a)", "Penal Law § 125.25": a
    // code's (or a named state law's) own provision after it
    boolean namedCode = kindCap && !quotedAfter
        && (kw.kind() == InstrumentKind.CODE || kw.kind() == InstrumentKind.LAW && left.titleStart() < k && end == k);
    if (namedCode) {
      int at = w.is(end + 1, ",") && w.sameLine(end) ? end + 2 : end + 1;
      ProvisionGrammar.Chain chain = w.sameLine(end) ? provisions.parseAt(w, at) : null;
      if (chain != null && chain.attach() < 0) {
        p.provision(chain.provisions());
        end = chain.last();
        r = end + 1;
      } else if (end == k && left.titleStart() < k && w.sameLine(k)) {
        // "Vehicle Code 23152(a)", "Penal Code 664/187": a section number with no unit word
        int last = bareSectionId(w, k + 1, dates, 2); // "Code 3" is a police call, no section
        if (last > k) {
          p.provision(List.of(new pressfacts.doc.Provision(pressfacts.doc.ProvisionUnit.SECTION,
              w.writtenWords(k + 1, last))));
          end = last;
          r = end + 1;
        }
      }
    }
    String written = withoutAcronym(collapse(original.substring(w.get(left.titleStart()).start(), w.get(nameEnd).end())),
        left.innerAcronym(), w);
    String whole = withoutAcronym(collapse(original.substring(w.get(nameStart).start(), w.get(nameEnd).end())),
        left.innerAcronym(), w);
    // "Texas Administrative Code": a known official title keeps the state it begins with
    p.name(left.titleStart() > nameStart && lex.knownByTitle(whole) != null ? whole : written);
    CharSpan acronym = acronymAt(w, r);
    return Optional.of(p.at(span(w, left.spanStart(), end), left.spanStart(),
        acronym == null ? left.innerAcronym() : acronym).build());
  }

  /** A name without the bracketed acronym written inside it ("... Organizations (RICO) Act" is "... Organizations Act"). */
  private static String withoutAcronym(String name, CharSpan acronym, Words w) {
    return acronym == null ? name : name.replace(" (" + acronym.of(w.text) + ")", "");
  }

  /**
   * The first of the capitalised words right before word {@code from} that make an instrument's
   * name with the kind word at {@code k}, with the inner "of", "and", "&" and "the" its kind allows;
   * {@code from} when none.
   */
  private int nameWordsStart(Words w, int from, int k, KindWord kw) {
    boolean kindCap = w.get(k).capitalized();
    int nameStart = from;
    while (nameStart - 1 >= 0 && w.sameLine(nameStart - 1) && isNameWord(w, nameStart - 1)) {
      nameStart--;
      // inner words may follow one another in a long name ("Victims of Trafficking and Violence Protection
      // Act", "Protection of Children from Sexual Offences Act"): each one read lets the next be tried
      int inner = innerWordsStart(w, nameStart, k, kw, kindCap);
      while (inner < nameStart) {
        nameStart = inner;
        inner = innerWordsStart(w, nameStart, k, kw, kindCap);
      }
    }
    return nameStart;
  }

  /**
   * The name word before an inner "of", "with", "the" or "and" right before word {@code nameStart}, that
   * the kind allows inside a name; {@code nameStart} when there is none.
   */
  private int innerWordsStart(Words w, int nameStart, int k, KindWord kw, boolean kindCap) {
    // an Act's name may hold an inner "of" between capitalised words ("Proceeds of Crime Act"), or
    // "the" after a capitalised preposition ("Offences Against the Person Act"); an international
    // organisation's name may lead any kind ("Council of Europe Convention")
    if (w.is(nameStart - 1, "of") && w.sameLine(nameStart - 2) && isNameWord(w, nameStart - 2)
        && ((kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.PROTOCOL && kindCap)
            && !lex.issuers.contains(w.at(nameStart - 2))
            || isInternationalName(w, nameStart - 2, k))) {
      return nameStart - 2;
    }
    if (namedByWords(kw) && kindCap && INNER_ACT_WORDS.contains(w.at(nameStart - 1))
        && w.sameLine(nameStart - 2) && isNameWord(w, nameStart - 2) && !lex.issuers.contains(w.at(nameStart - 2))) {
      // "Americans with Disabilities Act", "Protection of Children from Sexual Offences Act"
      return nameStart - 2;
    }
    if (kw.kind() == InstrumentKind.ACT && kindCap && w.is(nameStart - 1, "the") && w.sameLine(nameStart - 2)
        && w.get(nameStart - 2).capitalized()
        && lex.nameFunctionWords.contains(w.at(nameStart - 2).toLowerCase(Locale.ROOT))
        && w.sameLine(nameStart - 3) && isNameWord(w, nameStart - 3)) {
      return nameStart - 2;
    }
    // an Act's, a Code's or a state's Law's name may hold "and" between capitalised words ("Health and Safety
    // Code", "Health & Safety Code", "Vehicle and Traffic Law")
    if ((namedByWords(kw) || kw.kind() == InstrumentKind.CODE || kw.kind() == InstrumentKind.LAW) && kindCap
        && (w.is(nameStart - 1, "and") || w.is(nameStart - 1, "&")) && w.sameLine(nameStart - 2)
        && isNameWord(w, nameStart - 2) && !w.at(nameStart - 2).equalsIgnoreCase(w.at(k))
        && !endsIssuingState(w, nameStart - 2)) {
      // but not after a name that ends in the same kind word: "Texas Family Code and Texas Government
      // Code" are two codes, each a citation of its own; nor after the state that issued an earlier
      // instrument ("Criminal Code of the Russian Federation and Federal Law No. 273-FZ" are two)
      return nameStart - 2;
    }
    return nameStart;
  }

  /**
   * Kinds whose short names are phrases of capitalised words with inner "and", "in", "with" as an Act's
   * are: "Trafficking in Persons Protocol", "Iranian Transactions and Sanctions Regulations".
   */
  private static boolean namedByWords(KindWord kw) {
    return switch (kw.kind()) {
      case ACT, PROTOCOL, CONVENTION, REGULATION -> true;
      default -> false;
    };
  }

  /** A numbered order's or resolution's number without "No." ("Executive Order 13224"). */
  private static final Pattern NUMBER_OF_ORDER = Pattern.compile("\\d{3,}");
  /** The session of a General Assembly resolution's number, before its slash ("77/247"). */
  private static final Pattern SESSION = Pattern.compile("\\d{1,3}");
  /** A number of one to four digits after a session's slash. */
  private static final Pattern SESSION_NUMBER = Pattern.compile("\\d{1,4}");

  /**
   * A number in hyphenated parts after a capitalised kind word ("Special Directive 20-08", "General Order
   * 2020-03", "Executive Order N-33-20"): two to four digits' parts, the first may be letters; a day, month
   * and year ("12-03-2020") is a date, not a number.
   */
  private static final Pattern HYPHENATED_NUMBER = Pattern.compile("(?:\\p{Lu}{1,3}|\\d{1,4})(?:-\\d{1,4}){1,2}");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");

  /**
   * The last word of an order's or resolution's number at word {@code r}: three digits or more and
   * no year ("13224", "2231"), a session and a number joined by a slash ("77/247"), or, after a
   * capitalised kind word, a number in hyphenated parts ("20-08"); -1 when none.
   */
  private static int orderNumberEnd(Words w, int r, boolean kindCap) {
    String x = w.at(r);
    if (NUMBER_OF_ORDER.matcher(x).matches() && !YEAR_WORD.matcher(x).matches()) {
      return r;
    }
    if (kindCap && HYPHENATED_NUMBER.matcher(x).matches() && !DAY_MONTH_YEAR.matcher(x).matches()) {
      // "Special Directive 20-08": a prosecutor's, court's or governor's series numbers its directives and
      // orders by year and rank; the number names the instrument, as "Executive Order 13224" does
      return r;
    }
    if (SESSION.matcher(x).matches() && w.is(r + 1, "/") && w.touching(r) && w.touching(r + 1)
        && SESSION_NUMBER.matcher(w.at(r + 2)).matches()) {
      return r + 2;
    }
    return -1;
  }

  /**
   * The ")" of a legislature written in brackets right after an Act's or a Code's name at word {@code n}
   * (bracketed-jurisdictions.tsv: "(NSW)", "(Cth)"), on its line, or -1.
   */
  private int bracketedJurisdiction(Words w, int n) {
    return w.is(n + 1, "(") && lex.bracketedJurisdictions.containsKey(w.at(n + 2)) && w.is(n + 3, ")") && w.sameLine(n)
        && w.sameLine(n + 1) && w.sameLine(n + 2) ? n + 3 : -1;
  }

  /** The ")" of a year in brackets right after word {@code n} on its line ("2231 (2015)"), or -1. */
  private static int bracketedYear(Words w, int n) {
    return w.is(n + 1, "(") && YEAR_WORD.matcher(w.at(n + 2)).matches() && w.is(n + 3, ")") && w.sameLine(n)
        && w.sameLine(n + 1) && w.sameLine(n + 2) ? n + 3 : -1;
  }
  private static final Pattern YEAR_WORD = Pattern.compile(YEAR);

  /**
   * Whether {@code word} is one to {@code maxDigits} of the digits 0-9, as the regex {@code \d{1,maxDigits}}
   * reads it (\d without UNICODE_CHARACTER_CLASS), for a check run on every word where a compiled pattern would cost more.
   */
  private static boolean isAsciiNumber(String word, int maxDigits) {
    if (word.isEmpty() || word.length() > maxDigits) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) < '0' || word.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} opens with at least {@code n} digits (a regex per call would be compiled each time). */
  private static boolean startsWithDigits(String word, int n) {
    if (word.length() < n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (!Character.isDigit(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A section number as written after a code's name or "U.S.C.", with no unit word. */
  private static final Pattern BARE_SECTION = Pattern.compile(
      "\\d+[A-Za-z]?(?:\\.\\d+)*(?:\\(\\w{1,4}\\))*(?:/\\d+[A-Za-z]?(?:\\.\\d+)*(?:\\(\\w{1,4}\\))*)*");

  /**
   * The last word of a section id written bare at word {@code i} ("23152(a)", "664/187",
   * "12022.53(d)"), or -1: at least {@code minDigits} digits, ending on a word boundary, no date.
   */
  private static int bareSectionId(Words w, int i, Map<Integer, DateMention> dates, int minDigits) {
    if (i >= w.size() || !startsWithDigits(w.at(i), minDigits) || dates.containsKey(w.get(i).start())) {
      return -1;
    }
    Matcher m = BARE_SECTION.matcher(w.text).region(w.get(i).start(), w.text.length());
    if (!m.lookingAt() || m.end() < w.text.length() && Character.isLetterOrDigit(w.text.charAt(m.end()))) {
      return -1;
    }
    int last = i;
    while (last + 1 < w.size() && w.get(last + 1).end() <= m.end()) {
      last++;
    }
    return w.get(last).end() == m.end() ? last : -1;
  }

  /**
   * The start of a state's name that runs into the name before a kind word ("New York" before
   * "York Penal Law", where "New" stops a name), on one line; {@code nameStart} when none.
   */
  private int stateOverlappingStart(Words w, int nameStart, int k) {
    if (nameStart >= k) {
      return nameStart;
    }
    for (int s = Math.max(0, nameStart - lex.longestPlace + 1); s < nameStart; s++) {
      Place place = placeAt(w, s);
      if (place != null && place.state().isPresent() && place.last() >= nameStart && place.last() < k) {
        for (int j = s; j < nameStart; j++) {
          if (!w.sameLine(j)) {
            return nameStart;
          }
        }
        return s;
      }
    }
    return nameStart;
  }

  /** "'s" right before word {@code k} on its line, touching the word before it ("Marsy's", "Megan’s"). */
  private static boolean possessiveBefore(Words w, int k) {
    return w.is(k - 1, "s") && (w.is(k - 2, "'") || w.is(k - 2, "’")) && w.touching(k - 3) && w.touching(k - 2)
        && w.sameLine(k - 1);
  }

  /**
   * "law enforcement", "law firm": the kind word and the word after it on its line make a common noun;
   * written with capitals both ("Camarena Law Enforcement Award", even after a quoted nickname), it is
   * a name's part, not an instrument's.
   */
  private boolean compoundNoun(Words w, int k) {
    if (k + 1 >= w.size() || !w.sameLine(k) || !w.get(k + 1).isWord()
        || w.get(k + 1).capitalized() && !w.get(k).capitalized()) {
      return false;
    }
    return lex.kindCompounds.contains((w.at(k) + " " + w.at(k + 1)).toLowerCase(Locale.ROOT));
  }

  /** "ORANGE COUNTY PROPOSES NEW LAW": a kind word in a capitals headline is a headline's word. */
  private static boolean inCapitalsHeadline(Words w, int k) {
    return w.get(k).allCaps() && w.at(k).length() > 1 && k > 0 && w.get(k - 1).isWord() && w.get(k - 1).allCaps()
        && w.at(k - 1).length() > 1 && w.sameLine(k - 1);
  }

  /**
   * The left side's first words: of the capitalised name before the kind word, of its title
   * (after an issuer adjective or a state, which are no part of it), and of the whole span (a
   * quoted title or "Title VII of the" before it).
   */
  private record Left(int nameStart, int titleStart, int spanStart, boolean quoted, CharSpan innerAcronym) {
  }

  private Left left(String original, Words w, int k, KindWord kw, Phrase.Builder p) {
    boolean kindCap = w.get(k).capitalized();
    int nameStart = nameWordsStart(w, k, k, kw);
    CharSpan innerAcronym = null;
    if (nameStart == k && kindCap && namedByWords(kw) && w.is(k - 1, ")") && w.is(k - 3, "(") && w.get(k - 2).allCaps()
        && w.at(k - 2).length() >= 2 && w.sameLine(k - 4) && w.sameLine(k - 3) && w.sameLine(k - 2) && w.sameLine(k - 1)
        && k >= 4 && isNameWord(w, k - 4)) {
      // "Racketeer Influenced and Corrupt Organizations (RICO) Act": the acronym in brackets inside the
      // name defines it; the name runs on before it
      int before = nameWordsStart(w, k - 3, k, kw);
      if (before < k - 3) {
        nameStart = before;
        innerAcronym = span(w, k - 2, k - 2);
      }
    }
    if (nameStart == k && kindCap && (kw.kind() == InstrumentKind.LAW || kw.kind() == InstrumentKind.ACT)
        && possessiveBefore(w, k)) {
      // "Marsy's Law", "Megan's Law": a law named after a person, with the possessive in its name
      int owner = nameWordsStart(w, k - 2, k, kw);
      nameStart = owner < k - 2 ? owner : k;
    }
    if ((kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.CODE) && kindCap && nameStart < k
        && w.is(nameStart - 1, "and") && w.is(nameStart - 2, ",")) {
      // "Federal Food, Drug, and Cosmetic Act": capitalised words listed with a serial comma
      int comma = nameStart - 2;
      while (w.is(comma, ",") && w.sameLine(comma) && w.sameLine(comma - 1) && isNameWord(w, comma - 1)) {
        nameStart = nameWordsStart(w, comma, k, kw);
        comma = nameStart - 1;
      }
    }
    // "New York Penal Law": a state whose first word stops a name ("New") still leads it
    nameStart = stateOverlappingStart(w, nameStart, k);
    // "Cal. Penal Code", "Tex. Penal Code", "U.S. Constitution": a state's abbreviation, with its dot, before the name
    boolean dottedState = false;
    if ((nameStart < k || kindCap && kw.selfTitled()) && w.is(nameStart - 1, ".") && w.touching(nameStart - 2)
        && w.sameLine(nameStart - 1)) {
      Place abbreviated = placeAt(w, nameStart - 2);
      if (abbreviated != null && abbreviated.last() == nameStart - 2 && abbreviated.state().isPresent()) {
        nameStart -= 2;
        dottedState = true;
      }
    }
    // "SCO Charter", "CIS Charter": an organisation's acronym names the charter it adopted (a
    // constitution is named by its state alone)
    boolean acronymName = nameStart == k - 1 && kindCap && kw.kind() != InstrumentKind.CONSTITUTION
        && w.get(k - 1).allCaps() && w.at(k - 1).length() >= 2;
    if (kw.selfTitled() && !dottedState && !acronymName && !isInternationalName(w, nameStart, k)) {
      // a constitution is named by its state only ("US Constitution"); other capitalised words
      // before it are someone else's name ("... under Heydar Aliyev Constitution of ...")
      nameStart = statePrefixStart(w, nameStart, k);
    }
    int titleStart = nameStart;
    while (titleStart < k) {
      if (lex.issuerAdjectives.contains(w.at(titleStart))) {
        p.issuerAdjective();
        titleStart++;
        continue;
      }
      Place place = placeAt(w, titleStart);
      if (place != null && place.state().isPresent() && place.last() < k
          && (place.last() < k - 1 || kw.selfTitled() || subjectAfter(w, k))) {
        p.statePrefix(place.state().get());
        titleStart = w.is(place.last() + 1, ".") && w.touching(place.last()) ? place.last() + 2 : place.last() + 1;
        // "New York State Penal Law", "Washington State Constitution": "State" after a US state's name
        // belongs to the state, not to the title
        if (place.state().get().startsWith("US-") && w.is(titleStart, "State") && w.sameLine(titleStart - 1)
            && (titleStart < k - 1 || kw.selfTitled())) {
          titleStart++;
        }
        continue;
      }
      break;
    }
    // "Officers act ...": one capitalised word opening a sentence before a lowercase kind word is
    // the sentence's subject, and the kind word a verb or a common noun
    if (!kindCap && titleStart == k - 1 && titleStart == nameStart && startsSentence(w, nameStart)) {
      titleStart = k;
      nameStart = k;
    }
    if (titleStart < k) {
      p.nameWords();
    }
    int spanStart = nameStart;
    // "draft law "On Judicial Power"": a bill, in the span
    if ((kw.kind() == InstrumentKind.LAW || kw.kind() == InstrumentKind.ACT) && w.sameLine(nameStart - 1)
        && w.at(nameStart - 1).equalsIgnoreCase("draft")) {
      p.draft();
      spanStart = nameStart - 1;
    }
    // "Title VII of the Civil Rights Act": the title of an Act is in the span, with no unit of its own
    if (kw.kind() == InstrumentKind.ACT && kindCap && nameStart < k) {
      int of = w.is(nameStart - 1, "the") ? nameStart - 2 : nameStart - 1;
      if (w.is(of, "of") && w.at(of - 1).matches(ROMAN) && w.is(of - 2, "Title") && w.sameLine(of - 2)
          && w.sameLine(of - 1) && w.sameLine(of)) {
        spanStart = of - 2;
      }
    }
    boolean quoted = false;
    int close = nameStart - 1;
    if (close >= 0 && isQuote(w, close) && !w.openingQuote(close) && w.sameLine(close)) {
      int open = w.openingQuoteOf(close, MAX_QUOTED_WORDS);
      if (open >= 0 && open < close - 1) {
        p.quotedBefore(inner(original, w, open, close));
        quoted = true;
        spanStart = open;
      }
    }
    return new Left(nameStart, titleStart, spanStart, quoted, innerAcronym);
  }

  /**
   * "Code of Criminal Procedure": the kind word names its subject after "of" on its line, so a state
   * right before it ("Texas Code of Criminal Procedure") is the issuer, no part of the title; "Code of
   * Virginia" names a state there, and no subject.
   */
  private boolean subjectAfter(Words w, int k) {
    return w.get(k).capitalized() && w.is(k + 1, "of") && w.sameLine(k) && w.sameLine(k + 1) && w.get(k + 2).isWord()
        && w.get(k + 2).capitalized() && placeAt(w, k + 2) == null;
  }

  /** The last word of a number tail after the kind word ("No. 16", "Act 1998", "Act of 1964"), or {@code k}. */
  private int numberTail(Words w, int k, KindWord kw, boolean named) {
    boolean kindCap = w.get(k).capitalized();
    int r = k + 1;
    if (numberSign(w, r) && w.sameLine(k)) {
      int n = officialNumber(w, r);
      return n > 0 ? n : k;
    }
    if (kw.kind() == InstrumentKind.ACT && kindCap && YEAR_WORD.matcher(w.at(r)).matches() && w.sameLine(k)) {
      return r;
    }
    if ((kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.CODE && named) && kindCap && commaYear(w, k) > 0) {
      // "Prevention of Corruption Act, 1988", "Indian Penal Code, 1860": the Indian short title writes its
      // year after a comma
      return commaYear(w, k);
    }
    int eu = kindCap && w.sameLine(k) ? europeanNumberEnd(w, kw, r) : -1;
    if (eu > 0) {
      return eu;
    }
    int number = kw.numbered() && w.sameLine(k) ? orderNumberEnd(w, r, kindCap) : -1;
    if (number > 0) {
      // "Executive Order 13224", "Resolution 1325": the number without "No."; "resolution 2231 (2015)",
      // "Security Council resolution 2231", "General Assembly resolution 77/247": the United Nations write
      // the kind word in lower case, its number names it, with the year in brackets that is part of it
      int year = bracketedYear(w, number);
      if (kindCap || named || year > 0) {
        return Math.max(number, year);
      }
    }
    if ((kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.CONVENTION) && kindCap
        && k > 0 && isNameWord(w, k - 1) && w.is(r, "of") && YEAR_WORD.matcher(w.at(r + 1)).matches()
        && w.sameLine(k) && w.sameLine(r)) {
      // "Civil Rights Act of 1964": the year written with the name is part of its title
      return r + 1;
    }
    return k;
  }

  /** The Union's acts in brackets or after the number ("Regulation (EU) 2016/679", "Directive 2011/36/EU"). */
  private static final Set<String> UNION_ACTS = Set.of("EU", "EC", "EEC");

  /**
   * "Regulation (EU) 2016/679", "Regulation (EC) No 1049/2001", "Directive 2011/36/EU": the European
   * Union numbers its regulations and directives with the Union's letters, which name them (an
   * international organization's instrument, INT); the last word of the number, or -1.
   */
  private static int europeanNumberEnd(Words w, KindWord kw, int r) {
    if (kw.kind() != InstrumentKind.REGULATION && kw.kind() != InstrumentKind.DIRECTIVE) {
      return -1;
    }
    if (w.is(r, "(") && UNION_ACTS.contains(w.at(r + 1)) && w.is(r + 2, ")") && w.sameLine(r + 2)) {
      int n = numberSign(w, r + 3) ? officialNumber(w, r + 3) : slashNumberEnd(w, r + 3);
      return n > 0 && w.is(n - 1, "/") ? n : -1;
    }
    int n = slashNumberEnd(w, r);
    return n > 0 && UNION_ACTS.contains(w.at(n)) && w.is(n - 1, "/") ? n : -1;
  }

  /** The last word of a number whose parts are joined by touching slashes ("2016/679", "2011/36/EU"), or -1. */
  private static int slashNumberEnd(Words w, int r) {
    if (r >= w.size() || !w.get(r).text().matches("\\d{1,4}")) {
      return -1;
    }
    int last = r;
    while (w.is(last + 1, "/") && w.touching(last) && w.touching(last + 1)
        && w.get(last + 2).text().matches("\\d+|EU|EC|EEC")) {
      last += 2;
    }
    return last > r ? last : -1;
  }

  private static boolean statute(KindWord kw) {
    return kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.CODE;
  }

  /**
   * The year of ", 1973" right after word {@code n} on its line, not followed by a capitalised word
   * (a list of names goes on), or -1.
   */
  private static int commaYear(Words w, int n) {
    int r = n + 1;
    if (w.is(r, ",") && YEAR_WORD.matcher(w.at(r + 1)).matches() && w.sameLine(n) && w.sameLine(r)
        && !(w.sameLine(r + 1) && w.get(r + 2).isWord() && w.get(r + 2).capitalized())) {
      return r + 1;
    }
    return -1;
  }

  /** An official number as states write them: digits, letters and hyphens with at least one digit ("16", "273-FZ", "PF-5482", "1700-VII"). */
  private static final Pattern OFFICIAL_NUMBER = Pattern.compile("(?=[\\p{L}/-]*\\p{N})[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+)*");

  /**
   * The last word of "No. 273-FZ" or "No 16" starting at word {@code r}, on one line, or -1. A state's
   * law, decree or resolution carries its number after its issuer or its date ("Federal Law of the
   * Russian Federation No. 273-FZ", "Law ... dated 4 July 2023 No. 10-VIII"), before its quoted title.
   */
  private static int officialNumber(Words w, int r) {
    if (!numberSign(w, r) || !w.sameLine(r)) {
      return -1;
    }
    int n = w.is(r + 1, ".") && w.sameLine(r + 1) ? r + 2 : r + 1;
    if (!OFFICIAL_NUMBER.matcher(w.at(n)).matches()) {
      return -1;
    }
    // "No. 947/1996", "No. 64/2022": a number and its year joined by a slash are one number
    int last = n;
    while (w.is(last + 1, "/") && w.touching(last) && w.touching(last + 1)
        && OFFICIAL_NUMBER.matcher(w.at(last + 2)).matches()) {
      last += 2;
    }
    return last;
  }

  /** "No" or "No." before a number; in lower case only with its dot ("Law no. 514-XIII"), as "no" is a word too. */
  private static boolean numberSign(Words w, int r) {
    return w.is(r, "No") || w.is(r, "no") && w.is(r + 1, ".") && w.touching(r);
  }

  /** "the Convention", "The Decree", "the said law", "its supplementary protocol": span the kind word alone. */
  private Found backReference(Words w, int k, KindWord kw, boolean kindCap, List<Found> before) {
    if (!kw.backref()) {
      return null;
    }
    int d = k - 1;
    while (d >= 0 && lex.backReferenceAdjectives.contains(w.at(d))) {
      d--;
    }
    Boolean strong = lex.determiners.get(w.at(d).toLowerCase(Locale.ROOT));
    if (strong == null && d == k - 1 && describedAfterThis(w, d)) {
      // "this new law", "this landmark statute": span the kind word alone
      return Found.backReference(span(w, k, k), k, kw.kind());
    }
    if (strong == null) {
      return null;
    }
    if (!kindCap && !strong && !(kw.lowercaseRef() && namedBefore(before, kw.kind(), w.at(k)) && !deed(w, d, k))) {
      // "the law" is law in general; "the act" names the Act cited before
      return null;
    }
    // "the said law", "its supplementary protocol", "the same Decree": determiners and adjectives describe
    // the reference; the span is the kind word alone, as for "this new law" above
    return Found.backReference(span(w, k, k), k, kw.kind());
  }

  /** "this" and one lowercase word before a kind word: a described back-reference ("this important bill"). */
  private static boolean describedAfterThis(Words w, int adjective) {
    Words.W a = adjective >= 1 ? w.get(adjective) : null;
    return a != null && a.isWord() && Character.isLowerCase(a.text().charAt(0)) && a.text().chars().allMatch(Character::isLetter)
        && w.at(adjective - 1).equalsIgnoreCase("this") && w.sameLine(adjective - 1) && w.sameLine(adjective);
  }

  /** "the act of exporting", "caught in the act": a lowercase "act" that names a deed. */
  private static boolean deed(Words w, int determiner, int k) {
    return w.is(k + 1, "of") || w.is(determiner - 1, "in");
  }

  /**
   * True when an instrument of the kind is named before. Kind other gathers bills, declarations and
   * ordinances, so there the named title must end with the kind word itself ("the ordinance" after
   * "County Ordinance", not after "Senate Bill 46").
   */
  private static boolean namedBefore(List<Found> before, InstrumentKind kind, String kindWord) {
    return before.stream().anyMatch(f -> f.form() == Found.Form.NAMED && f.kind() == kind
        && (kind != InstrumentKind.OTHER || f.title() != null
            && f.title().toLowerCase(Locale.ROOT).endsWith(kindWord.toLowerCase(Locale.ROOT))));
  }

  /**
   * "This legislation", "this important bill" (law-reference-words.txt): after a strong determiner,
   * a word that is no kind points back to the law or bill cited before; a back-reference of kind law,
   * which the resolver binds to the nearest law or bill. Once a bill is named, "the bill", "the
   * measure", "the new legislation" (bill-reference-words.txt) point back to it too.
   */
  private Found lawReference(Words w, int k, List<Found> before) {
    Words.W x = w.get(k);
    if (!x.isWord()) {
      return null;
    }
    if (lex.lawReferenceWords.contains(x.text())
        && (Boolean.TRUE.equals(lex.determiners.get(w.at(k - 1).toLowerCase(Locale.ROOT))) || describedAfterThis(w, k - 1))) {
      return Found.backReference(span(w, k, k), k, InstrumentKind.LAW);
    }
    return billReference(w, k, before);
  }

  /**
   * "Senate Bill 12 ... The bill also amends ...", "the measure", "the new legislation": once a bill is
   * named before, these words after a determiner (and adjectives such as "new") are that bill, as
   * "the proposed ordinance" is a named Ordinance (ANNOTATION.md: a generic reference to a named
   * instrument). Before any bill they speak of legislation in general ("bring the legislation closer to
   * European standards"); "the measure of" is a measuring.
   */
  private Found billReference(Words w, int k, List<Found> before) {
    if (!lex.billReferenceWords.contains(w.at(k)) || w.is(k + 1, "of")) {
      return null;
    }
    int d = k - 1;
    while (d >= 0 && lex.backReferenceAdjectives.contains(w.at(d))) {
      d--;
    }
    if (d < 0 || !lex.determiners.containsKey(w.at(d).toLowerCase(Locale.ROOT)) || !w.sameLine(d)) {
      return null;
    }
    boolean billBefore = before.stream().anyMatch(f -> f.form() == Found.Form.NAMED && f.kind() == InstrumentKind.OTHER
        && f.title() != null && isBillTitle(f.title()));
    return billBefore ? Found.backReference(span(w, k, k), k, InstrumentKind.LAW) : null;
  }

  /** The titles {@link #billOrProposition} gives a bill ("Senate Bill 1319", "SB1319", "AB 109"). */
  private static final Pattern BILL_TITLE = Pattern.compile("(?:Assembly|Senate|House) Bill \\d+|(?:AB|SB|HB) ?\\d+");

  /** True for a bill's title ("Senate Bill 1319", "SB1319"): a law in the making. */
  static boolean isBillTitle(String title) {
    return BILL_TITLE.matcher(title).matches();
  }

  /** The start of a place name ending right before {@code k}, searched from {@code from}; {@code k} when none. */
  private int statePrefixStart(Words w, int from, int k) {
    for (int s = from; s < k; s++) {
      Place p = placeAt(w, s);
      if (p != null && p.last() == k - 1) {
        return s;
      }
    }
    return k;
  }

  private boolean isNameWord(Words w, int i) {
    Words.W x = w.get(i);
    return x.isWord() && x.capitalized() && !lex.nameStopWords.contains(x.text()) && lex.unit(x.text()) == null
        && !lex.headlineVerbs.contains(x.text());
  }

  private static boolean isQuote(Words w, int i) {
    return w.is(i, "\"") || w.is(i, "'");
  }

  /**
   * True when word {@code last} ends the name of an issuing state written after "of" or "of the" ("... of the
   * Russian Federation", "... of Ukraine"): the state closes the phrase of the instrument it issued.
   */
  private boolean endsIssuingState(Words w, int last) {
    for (int s = last; s >= 0 && last - s < lex.longestPlace; s--) {
      Place p = placeAt(w, s);
      if (p != null && p.last() == last && p.state().isPresent()) {
        int before = w.is(s - 1, "the") ? s - 2 : s - 1;
        return w.is(before, "of");
      }
    }
    return false;
  }

  /** A place name ending at word {@code last}; {@code state} is empty for a place that is no issuing state ("Europe"). */
  record Place(int last, Optional<String> state) {
  }

  /** The longest place name (places.tsv) starting at word {@code i}, not followed by a capitalised word. */
  private Place placeAt(Words w, int i) {
    // "the State of Texas": a US state's own name after "State of" names the same state
    if (w.is(i, "State") && w.is(i + 1, "of") && w.sameLine(i) && w.sameLine(i + 1) && i + 2 < w.size()) {
      Place state = placeAt(w, i + 2);
      if (state != null && state.state().isPresent() && state.state().get().startsWith("US-")) {
        return state;
      }
    }
    for (int n = Math.min(lex.longestPlace, w.size() - i); n >= 1; n--) {
      List<String> key = new ArrayList<>(n);
      boolean ok = true;
      for (int j = i; j < i + n; j++) {
        if (j > i && !w.sameLine(j - 1)) {
          ok = false;
          break;
        }
        key.add(w.at(j));
      }
      Optional<String> state = ok ? lex.places.get(key) : null;
      if (state != null) {
        return new Place(i + n - 1, state);
      }
    }
    return null;
  }

  /** "of (the) (independent) PLACE" ending the phrase (no capitalised word right after the place). */
  private Place jurisdictionTail(Words w, int r) {
    if (!w.is(r, "of") && !w.is(r, "in")) {
      return null;
    }
    if (w.is(r, "in")) {
      return null; // only "of" names the issuing state; "in" is checked by the complement
    }
    return placeAfterPreposition(w, r);
  }

  private Place placeAfterPreposition(Words w, int r) {
    int s = r + 1;
    if (w.is(s, "the")) {
      s++;
    }
    while (lex.placeModifiers.contains(w.at(s))) {
      s++;
    }
    Place p = s < w.size() ? placeAt(w, s) : null;
    if (p == null) {
      return null;
    }
    int after = p.last() + 1;
    if (after < w.size() && w.sameLine(p.last()) && w.get(after).isWord() && w.get(after).capitalized()
        && officialNumber(w, after) < 0) {
      return null;
    }
    return p;
  }

  record IssuerTail(int last, Optional<String> state) {
  }

  /**
   * A decision or an order: the kinds a court gives in the case it hears, which a release reports as
   * documents of the case ("the decision of the Court of Appeals", "an order of the Superior Court").
   */
  private static boolean caseDocumentKind(KindWord kw) {
    return kw.kind() == InstrumentKind.DECISION || kw.kind() == InstrumentKind.ORDER;
  }

  /**
   * Words {@code from} to {@code last} name a court or a bench of one that decides cases, and not a
   * bench whose decisions are law ("Plenum of the Supreme Court", "Constitutional Court").
   */
  private boolean decidesTheCase(Words w, int from, int last) {
    boolean court = false;
    for (int i = from; i <= last; i++) {
      if (lex.lawMakingBenches.contains(w.at(i))) {
        return false;
      }
      court |= lex.caseDecidingBodies.contains(w.at(i));
    }
    return court;
  }

  /** "of the Plenum of the Supreme Court of the Republic of Azerbaijan": a body with an issuer head word. */
  private IssuerTail issuerTail(Words w, int r) {
    if (!w.is(r, "of")) {
      return null;
    }
    int i = r + 1;
    if (w.is(i, "the")) {
      i++;
    }
    boolean head = false;
    int last = -1;
    Optional<String> state = Optional.empty();
    while (i < w.size() && w.sameLine(i - 1)) {
      Words.W x = w.get(i);
      if (numberSign(w, i)) {
        // "Resolution of the Cabinet of Ministers No. 123": the number ends the issuer's name
        break;
      }
      if (x.isWord() && x.capitalized()) {
        head |= lex.issuers.contains(x.text());
        last = i;
        i++;
      } else if (x.text().equals("of")) {
        Place p = placeAfterPreposition(w, i);
        if (p != null) {
          if (p.state().isPresent()) {
            state = p.state();
            last = p.last();
          }
          break;
        }
        i++;
      } else if (x.text().equals("the") || x.text().equals("and")) {
        i++;
      } else {
        break;
      }
    }
    return head && last >= 0 ? new IssuerTail(last, state) : null;
  }

  record DateTail(int last, DateValue value) {
  }

  /**
   * The last word of a date tail at word {@code r} and of the official number right after it on the
   * same line, with the date put on {@code p}; or -1 when no date tail starts there. Read once after the
   * name and once after a quoted title that follows it: "Law ... dated 4 July 2023 No. 10-VIII" and
   * 'draft law "On ..." of 23 August 2023 No. 1234' both keep the number after the date in the span.
   */
  private int datedEnd(Words w, int r, Map<Integer, DateMention> dates, Phrase.Builder p) {
    DateTail d = dateTail(w, r, dates);
    if (d == null) {
      return -1;
    }
    p.date(d.value());
    int n = officialNumber(w, d.last() + 1);
    return n > 0 && w.sameLine(d.last()) ? n : d.last();
  }

  /** ","? ("from" | "dated" | "of") and a date of the DateLayer starting at the next word. */
  private DateTail dateTail(Words w, int r, Map<Integer, DateMention> dates) {
    int i = w.is(r, ",") ? r + 1 : r;
    if (i + 1 >= w.size() || !lex.dateLinkers.contains(w.at(i).toLowerCase(Locale.ROOT))) {
      return null;
    }
    DateMention d = dates.get(w.get(i + 1).start());
    if (d == null || d.value() == null) {
      return null;
    }
    int last = i + 1;
    while (last + 1 < w.size() && w.get(last + 1).end() <= d.span().end()) {
      last++;
    }
    return new DateTail(last, d.value());
  }

  /**
   * A capitalised name after a preposition: words, inner function words, commas before a
   * capitalised word, and bracketed words that are no acronym. It stops before "in/of" + a place
   * ("... Trafficking in Persons in Azerbaijan") and before lowercase content words. Returns the
   * index of its last word, or -1.
   */
  private int complement(Words w, int r, boolean kindCap) {
    String prep = w.at(r);
    if (!lex.complementPrepositions.contains(prep) || !w.sameLine(r - 1) || (prep.equals("of") && !kindCap)) {
      return -1;
    }
    int s = r + 1;
    if (w.is(s, "the")) {
      s++;
    }
    if (s >= w.size() || !w.get(s).isWord() || !w.get(s).capitalized() || !w.sameLine(s - 1)
        || lex.complementStopWords.contains(w.at(s))) {
      return -1;
    }
    int last = -1;
    int i = s;
    while (i < w.size() && w.sameLine(i - 1)) {
      Words.W x = w.get(i);
      if (x.isWord() && x.capitalized() && lex.complementStopWords.contains(x.text())) {
        break; // "... Criminal Procedure in May": a month or a weekday ends the name, with the word before it
      } else if (officialNumber(w, i) > 0) {
        break; // "Law on the Status of Judges No. 544": the number follows the name, no part of it
      } else if (x.isWord() && lex.unit(x.text()) != null && provisions.parseAt(w, i) != null) {
        break; // "... of the Statute of the Court and Article 38 of the Rules": a provision of another citation
      } else if (x.isWord() && x.capitalized()) {
        last = i;
        i++;
      } else if (lex.nameFunctionWords.contains(x.text())) {
        if ((x.text().equals("of") || x.text().equals("in")) && !prep.equals("between") && placeAfterPreposition(w, i) != null) {
          break;
        }
        if (x.text().equals("and") && namesAnotherInstrument(w, w.is(i + 1, "the") ? i + 2 : i + 1)) {
          // "Code of Civil Procedure and the Criminal Procedure Code": two instruments, not one name
          break;
        }
        i++;
      } else if (lex.nameInnerArticles.contains(x.text()) && last == i - 1 && w.sameLine(i) && i + 1 < w.size()
          && w.get(i + 1).isWord() && w.get(i + 1).capitalized()) {
        i++; // "Regulation on the Procedure for Holding a Competition": an article between two of the name's words
      } else if (x.text().equals(",") && i + 1 < w.size() && w.get(i + 1).isWord() && w.get(i + 1).capitalized()) {
        i++;
      } else if (x.text().equals(".") && last == i - 1 && w.touching(i - 1) && w.at(i - 1).indexOf('.') > 0
          && w.sameLine(i) && i + 1 < w.size() && isNameWord(w, i + 1)) {
        i++; // "to the U.S. Constitution": the dot of a dotted abbreviation inside the name
      } else if (x.text().equals("(")) {
        int c = closingBracket(w, i);
        if (c < 0 || c == i + 1 || (c == i + 2 && w.get(i + 1).allCaps()) || isQuote(w, i + 1)
            || holdsKindWord(w, i + 1, c) || seriesNumberEnd(w, i + 1) == c - 1) {
          // an acronym, quoted or not, a short name ("(Convention 108)", "(Trafficking in Persons
          // Protocol)") or a treaty series number ("(CETS No. 197)") is its own citation
          break;
        }
        last = c;
        i = c + 1;
      } else {
        break;
      }
    }
    return last;
  }

  /**
   * Do the capitalised words from {@code from} on (with the function words between them) end on a
   * capitalised kind word, on one line: the name of another instrument ("Criminal Procedure Code")?
   */
  private boolean namesAnotherInstrument(Words w, int from) {
    for (int j = from; j < w.size() && (j == from || w.sameLine(j - 1)); j++) {
      Words.W x = w.get(j);
      if (x.isWord() && x.capitalized()) {
        if (lex.kind(x.text()) != null) {
          return true;
        }
      } else if (j == from || !lex.nameFunctionWords.contains(x.text())) {
        return false;
      } else if ((x.text().equals("and") || x.text().equals("or")) && w.is(j + 1, "the")) {
        // "... Civil and Political Rights and the United Nations Convention ...": the kind word ahead
        // belongs to a further instrument, so the words read so far still end the name
        return false;
      }
    }
    return false;
  }

  /** Does a capitalised kind word stand among the words [from, to)? */
  private boolean holdsKindWord(Words w, int from, int to) {
    for (int j = from; j < to; j++) {
      if (w.get(j).isWord() && w.get(j).capitalized() && lex.kind(w.at(j)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many words a bracket inside a name may hold ("(Palermo Protocol)"); one that does not close
   * within them is an aside, and ends the name.
   */
  private static final int BRACKET_WORDS = 12;

  /** The index of the ")" that closes the "(" at {@code open} on its line within BRACKET_WORDS words, or -1. */
  private static int closingBracket(Words w, int open) {
    for (int j = open + 1; j < w.size() && j <= open + BRACKET_WORDS && w.sameLine(j - 1); j++) {
      if (w.is(j, ")")) {
        return j;
      }
      if (w.is(j, "(")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when a capitalised word that can go on no instrument's name follows the kind word on its
   * line: not "No" of a number, not a unit, kind, or preposition ("Law On Police" in a title line).
   */
  private boolean partOfAnotherName(Words w, int k) {
    if (k + 1 >= w.size() || !w.sameLine(k)) {
      return false;
    }
    Words.W next = w.get(k + 1);
    String lower = next.text().toLowerCase(Locale.ROOT);
    return next.isWord() && next.capitalized() && !next.text().equals("No") && lex.unit(next.text()) == null
        && lex.kind(next.text()) == null && !lex.complementPrepositions.contains(lower)
        && !lex.nameStopWords.contains(next.text())
        // "Executive Order N-33-20": a lettered number names the order, it does not go on with another name
        && !HYPHENATED_NUMBER.matcher(next.text()).matches();
  }

  private static boolean startsSentence(Words w, int i) {
    return i == 0 || !w.sameLine(i - 1) || w.is(i - 1, ".") || w.is(i - 1, "!") || w.is(i - 1, "?") || w.is(i - 1, ":")
        || startsListItem(w, i);
  }

  /**
   * Word {@code i} opens an item of a list: after a bullet or a number marker that opens its line
   * ("• Lewd act upon a child", "(3) Lewd act ...", "3) ...", "3. ..."), as a sentence opens.
   */
  private static boolean startsListItem(Words w, int i) {
    int m = i - 1;
    if (w.is(m, "•") || w.is(m, "-") || w.is(m, "*") || w.is(m, "–")) {
      return !w.sameLine(m - 1) || m == 0;
    }
    if (!w.is(m, ")") && !w.is(m, ".")) {
      return false;
    }
    int n = m - 1;
    if (!isAsciiNumber(w.at(n), 2) && !isLowerAsciiLetter(w.at(n))) {
      return false;
    }
    int open = w.is(n - 1, "(") && w.is(m, ")") ? n - 1 : n;
    return open == 0 || !w.sameLine(open - 1);
  }

  /** True when the words from {@code from} to before {@code k} begin with an international name cue ("European Social"). */
  private boolean isInternationalName(Words w, int from, int k) {
    if (from >= k) {
      return false;
    }
    String name = collapse(w.text.substring(w.get(from).start(), w.get(k - 1).end()));
    for (String cue : lex.internationalNameCues) {
      if (name.equals(cue) || name.startsWith(cue + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "on the status of judges": the subject of a numbered or dated law, lowercase words and the
   * function words between them, up to {@link #MAX_SUBJECT_WORDS}; it never ends on a function
   * word and stops at a verb or time word (descriptive-stop-words.txt). Returns its last word or -1.
   */
  private int lawSubject(Words w, int r) {
    if (!w.is(r, "on") || !w.sameLine(r - 1)) {
      return -1;
    }
    int last = -1;
    for (int i = r + 1, n = 0; i < w.size() && n < MAX_SUBJECT_WORDS && w.sameLine(i - 1); i++, n++) {
      Words.W x = w.get(i);
      if (x.text().equals(",") && listGoesOn(w, i)) {
        continue; // "in civil, family and criminal matters"
      }
      if (!x.isWord() || !Character.isLowerCase(x.text().charAt(0)) || lex.descriptiveStopWords.contains(x.text())) {
        break;
      }
      if (!lex.nameFunctionWords.contains(x.text())) {
        last = i;
      }
    }
    return last;
  }

  /**
   * True when the comma at {@code comma} separates items of a lowercase list that "and" or "or"
   * closes within a few words ("civil, family and criminal"), not a clause ("judge, judge takes").
   */
  private static boolean listGoesOn(Words w, int comma) {
    for (int j = comma + 1; j < w.size() && j <= comma + 4 && w.sameLine(j - 1); j++) {
      String t = w.at(j);
      if (t.equals("and") || t.equals("or")) {
        return j > comma + 1;
      }
      if (!t.equals(",") && !(w.get(j).isWord() && Character.isLowerCase(t.charAt(0)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The last word of a lowercase description of an untitled instrument starting at the kind word
   * {@code k} (described-instruments.txt: "memorandum of understanding") with the few lowercase words
   * of a subject after "on" that may follow ("... on judicial cooperation", as "the law on the judicial
   * system"), or -1. A determiner before it ("this memorandum of
   * understanding", "the said protocol of cooperation") makes it a back-reference, not a new instrument.
   */
  private int describedEnd(Words w, int k) {
    int d = k - 1;
    while (d >= 0 && lex.backReferenceAdjectives.contains(w.at(d))) {
      d--;
    }
    if (lex.determiners.containsKey(w.at(d).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (List<String> form : lex.describedInstruments) {
      int i = 0;
      while (i < form.size() && w.is(k + i, form.get(i)) && (i == 0 || w.sameLine(k + i - 1))) {
        i++;
      }
      if (i == form.size()) {
        int last = k + form.size() - 1;
        int s = w.sameLine(last) ? descriptiveSubject(w, last + 1) : -1;
        return s >= 0 ? s : last;
      }
    }
    return -1;
  }

  /** "on the judicial system": up to four lowercase words; returns the last one or -1. */
  private int descriptiveSubject(Words w, int r) {
    if (!w.is(r, "on")) {
      return -1;
    }
    int i = r + 1;
    if (w.is(i, "the")) {
      i++;
    }
    int last = -1;
    for (int n = 0; n < MAX_DESCRIPTIVE_WORDS && i < w.size() && w.sameLine(i - 1); n++, i++) {
      Words.W x = w.get(i);
      if (!x.isWord() || !Character.isLowerCase(x.text().charAt(0)) || lex.nameFunctionWords.contains(x.text())
          || lex.descriptiveStopWords.contains(x.text())) {
        break;
      }
      last = i;
    }
    return last;
  }

  /** "(UNTOC)", "("FCPA")": the span of the letters. */
  private CharSpan acronymAt(Words w, int r) {
    if (!w.is(r, "(")) {
      return null;
    }
    // "(CETS no. 210)": a treaty series number stands for the treaty as an acronym does
    int series = seriesNumberEnd(w, r + 1);
    if (series > 0 && w.is(series + 1, ")")) {
      return new CharSpan(w.get(r + 1).start(), w.get(series).end());
    }
    int a = isQuote(w, r + 1) ? r + 2 : r + 1;
    if (a >= w.size() || !w.get(a).allCaps()) {
      return null;
    }
    int b = isQuote(w, a + 1) ? a + 2 : a + 1;
    return w.is(b, ")") ? new CharSpan(w.get(a).start(), w.get(a).end()) : null;
  }

  /** The last word of a treaty series number starting at {@code a} ("CETS No. 197", treaty-series.txt) on one line, or -1. */
  private int seriesNumberEnd(Words w, int a) {
    if (a >= w.size() || !lex.treatySeries.contains(w.at(a)) || !w.sameLine(a)) {
      return -1;
    }
    return officialNumber(w, a + 1);
  }

  /**
   * True when the words ending at {@code to} (the name, and up to two words before it, since
   * "case law" has a lowercase "case") end with an entry of non-instruments.txt.
   */
  private boolean isNonInstrument(Words w, int from, int to) {
    return endsWithEntry(w, from, to, lex.nonInstruments);
  }

  private static boolean endsWithEntry(Words w, int from, int to, Set<String> entries) {
    int lead = Math.max(0, from - 2);
    String phrase = " " + collapse(w.text.substring(w.get(lead).start(), w.get(to).end())).toLowerCase(Locale.ROOT);
    for (String e : entries) {
      if (phrase.endsWith(" " + e)) {
        return true;
      }
    }
    return false;
  }

  private static CharSpan span(Words w, int first, int last) {
    return new CharSpan(w.get(first).start(), w.get(last).end());
  }

  /** The text between two quote marks, without the marks, spaces collapsed. */
  private static String inner(String original, Words w, int open, int close) {
    return collapse(original.substring(w.get(open).end(), w.get(close).start()));
  }

  static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }

  /** One letter a-z, as a list item's "(a)" or "b." has (compared by hand: this runs per list marker). */
  private static boolean isLowerAsciiLetter(String word) {
    return word.length() == 1 && word.charAt(0) >= 'a' && word.charAt(0) <= 'z';
  }
}
