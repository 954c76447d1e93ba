package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * A phrase is a citation when something in it names the instrument (a title, a name, a state, an
 * issuer, a date, a subject), or else a back-reference when a determiner stands before a bare
 * kind word ("the Convention", "the said law"). Everything else ("the law enforcement bodies", "an
 * article", "court decisions") is left alone. Pure: reads, never writes, the document.
 */
final class InstrumentGrammar {
  /** How far a quoted title may run, in words; a longer "title" is a quotation, not a name. */
  private static final int MAX_QUOTED_WORDS = 40;
  /** How many lowercase words a descriptive subject may have ("judicial system"). */
  private static final int MAX_DESCRIPTIVE_WORDS = 4;

  /** The title of "18 U.S.C. § 1591": the code itself; its title number is no part of the name. */
  private static final String UNITED_STATES_CODE = "United States Code";
  /** How many words the subject of a law may have ("on the status of judges of first instance"). */
  private static final int MAX_SUBJECT_WORDS = 12;

  private static final String ROMAN = "[IVXL]+";
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
        f = billOrProposition(w, k);
      }
      if (f == null) {
        f = atKindWord(original, w, k, datesByStart);
      }
      if (f != null) {
        out.add(f);
      }
    }
    out.addAll(bareTitles(w, out));
    out.sort(java.util.Comparator.comparing(Found::span));
    return out;
  }

  private static final Map<String, String> BILL_PREFIXES = Map.of("AB", "Assembly Bill", "SB", "Senate Bill",
      "HB", "House Bill");

  /**
   * "SB1319", "AB 109", "Senate Bill 1319": a bill, kind other, titled by its chamber and number;
   * "Proposition 47": a law adopted by the voters.
   */
  private static Found billOrProposition(Words w, int k) {
    String x = w.at(k);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(AB|SB|HB)(\\d{1,4})").matcher(x);
    if (m.matches()) {
      return new Found(span(w, k, k), Found.Form.NAMED, InstrumentKind.OTHER,
          billTitle(w, x, BILL_PREFIXES.get(m.group(1)) + " " + m.group(2)), null, null, List.of(), k, null);
    }
    if (BILL_PREFIXES.containsKey(x) && w.at(k + 1).matches("\\d{1,4}") && w.sameLine(k)) {
      return new Found(span(w, k, k + 1), Found.Form.NAMED, InstrumentKind.OTHER,
          billTitle(w, x + " " + w.at(k + 1), BILL_PREFIXES.get(x) + " " + w.at(k + 1)), null, null, List.of(), k, null);
    }
    if ((x.equals("Assembly") || x.equals("Senate") || x.equals("House")) && w.is(k + 1, "Bill")
        && w.at(k + 2).matches("\\d{1,4}") && w.sameLine(k) && w.sameLine(k + 1)) {
      int start = k;
      String j = null;
      return new Found(span(w, start, k + 2), Found.Form.NAMED, InstrumentKind.OTHER, x + " Bill " + w.at(k + 2), j,
          null, List.of(), start, null);
    }
    if (x.equals("Proposition") && w.at(k + 1).matches("\\d{1,3}") && w.sameLine(k)) {
      return new Found(span(w, k, k + 1), Found.Form.NAMED, InstrumentKind.LAW, "Proposition " + w.at(k + 1), null,
          null, List.of(), k, null);
    }
    return null;
  }

  /** A bill's abbreviation is its title, unless the text also writes its name out ("SB1319" and "Senate Bill 1319"). */
  private static String billTitle(Words w, String asWritten, String spelledOut) {
    return java.util.regex.Pattern.compile("(?<!\\w)" + java.util.regex.Pattern.quote(spelledOut) + "(?!\\w)")
        .matcher(w.text).find() ? spelledOut : asWritten;
  }

  /** A bare "Title VII" anywhere in a text that cites "Title VII of the Civil Rights Act": that Act. */
  private static List<Found> bareTitles(Words w, List<Found> found) {
    Map<String, Found> byTitle = new java.util.HashMap<>();
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
        out.add(new Found(span(w, i, i + 1), Found.Form.NAMED, of.kind(), of.title(), of.jurisdiction(), null,
            List.of(), i, null));
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
    if (w.at(k).matches("\\d{1,2}") && w.is(k + 1, "U.S.C") && w.sameLine(k)) {
      end = w.is(k + 2, ".") && w.touching(k + 1) ? k + 2 : k + 1;
    } else if (w.is(k, "Title") && w.at(k + 1).matches("\\d{1,2}") && w.is(k + 2, ",") && w.is(k + 3, "United")
        && w.is(k + 4, "States") && w.is(k + 5, "Code") && w.sameLine(k) && w.sameLine(k + 1) && w.sameLine(k + 2)) {
      end = k + 5;
    } else {
      return null;
    }
    List<pressfacts.doc.Provision> prov = List.of();
    int p = w.is(end + 1, ",") && w.sameLine(end) ? end + 2 : end + 1;
    ProvisionGrammar.Chain chain = provisions.parseAt(w, p);
    if (chain != null) {
      end = chain.last();
      prov = chain.provisions();
    }
    return new Found(span(w, k, end), Found.Form.NAMED, InstrumentKind.CODE, UNITED_STATES_CODE,
        "US", null, prov, k, null);
  }

  private Found atKindWord(String original, Words w, int k, Map<Integer, DateMention> dates) {
    KindWord kw = lex.kind(w.at(k));
    if (kw == null) {
      return null;
    }
    boolean kindCap = w.get(k).capitalized();
    // "ORANGE COUNTY PROPOSES NEW LAW": a kind word in a capitals headline is a headline's word
    if (w.get(k).allCaps() && w.at(k).length() > 1 && k > 0 && w.get(k - 1).isWord() && w.get(k - 1).allCaps()
        && w.at(k - 1).length() > 1 && w.sameLine(k - 1)) {
      return null;
    }

    // ---- left: capitalised name words, issuer adjective, state, quoted title
    int nameStart = k;
    while (nameStart - 1 >= 0 && w.sameLine(nameStart - 1) && isNameWord(w, nameStart - 1)) {
      nameStart--;
      // an Act's name may hold an inner "of" between capitalised words ("Proceeds of Crime Act")
      if (kw.kind() == InstrumentKind.ACT && w.is(nameStart - 1, "of") && w.sameLine(nameStart - 2)
          && isNameWord(w, nameStart - 2) && !lex.issuers.contains(w.at(nameStart - 2))) {
        nameStart -= 2;
      }
      // an Act's or a Code's name may hold "and" between capitalised words ("Health and Safety Code")
      if ((kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.CODE) && kindCap
          && w.is(nameStart - 1, "and") && w.sameLine(nameStart - 2) && isNameWord(w, nameStart - 2)) {
        nameStart -= 2;
      }
    }
    if (kw.selfTitled() && !isInternationalName(w, nameStart, k)) {
      // a constitution is named by its state only ("US Constitution"); other capitalised words
      // before it are someone else's name ("... under Heydar Aliyev Constitution of ...")
      nameStart = statePrefixStart(w, nameStart, k);
    }
    int titleStart = nameStart;
    boolean issuerAdjective = false;
    String jurisdiction = null;
    while (titleStart < k) {
      if (lex.issuerAdjectives.contains(w.at(titleStart))) {
        issuerAdjective = true;
        titleStart++;
        continue;
      }
      Place p = placeAt(w, titleStart);
      if (p != null && !p.code().equals("-") && p.last() < k && (p.last() < k - 1 || kw.selfTitled())) {
        jurisdiction = p.code();
        titleStart = p.last() + 1;
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
    boolean nameWords = titleStart < k;
    int spanStart = nameStart;
    // "Title VII of the Civil Rights Act": the title of an Act is in the span, with no unit of its own
    if (kw.kind() == InstrumentKind.ACT && kindCap && nameStart < k) {
      int of = w.is(nameStart - 1, "the") ? nameStart - 2 : nameStart - 1;
      if (w.is(of, "of") && w.at(of - 1).matches(ROMAN) && w.is(of - 2, "Title") && w.sameLine(of - 2)
          && w.sameLine(of - 1) && w.sameLine(of)) {
        spanStart = of - 2;
      }
    }
    String quotedBefore = null;
    int close = nameStart - 1;
    if (close >= 0 && isQuote(w, close) && !w.openingQuote(close) && w.sameLine(close)) {
      int open = w.openingQuoteOf(close, MAX_QUOTED_WORDS);
      if (open >= 0 && open < close - 1) {
        quotedBefore = inner(original, w, open, close);
        spanStart = open;
      }
    }

    // ---- a capitalised word right after a capitalised kind word makes it part of another name
    // ("International Development Law Organization", "Constitution Day")
    if (kindCap && quotedBefore == null && partOfAnotherName(w, k)) {
      return null;
    }

    // ---- right: number tail, then one of jurisdiction / issuer / date / complement / subject
    int end = k;
    boolean numberTail = false;
    int r = k + 1;
    if (w.is(r, "No") && w.sameLine(k)) {
      int n = w.is(r + 1, ".") ? r + 2 : r + 1;
      if (w.at(n).matches("\\d+")) {
        end = n;
        numberTail = true;
      }
    } else if (kw.kind() == InstrumentKind.ACT && kindCap && w.at(r).matches("1[6-9]\\d\\d|20\\d\\d") && w.sameLine(k)) {
      end = r;
      numberTail = true;
    } else if ((kw.kind() == InstrumentKind.ACT || kw.kind() == InstrumentKind.CONVENTION) && kindCap
        && k > 0 && isNameWord(w, k - 1) && w.is(r, "of") && w.at(r + 1).matches("1[6-9]\\d\\d|20\\d\\d")
        && w.sameLine(k) && w.sameLine(r)) {
      // "Civil Rights Act of 1964": the year written with the name is part of its title
      end = r + 1;
      numberTail = true;
    }
    int nameEnd = end;
    final int kindAndNumberEnd = end;
    boolean complement = false;
    boolean issuer = false;
    boolean placeTail = false;
    boolean descriptive = false;
    int phraseEnd = end; // for the non-instrument check, which sees "Law of Europe" whole
    DateValue date = null;
    String subjectAfterState = null;
    r = end + 1;
    Place tail = jurisdictionTail(w, r);
    IssuerTail it = tail == null ? issuerTail(w, r) : null;
    DateTail dt = tail == null && it == null ? dateTail(w, r, dates) : null;
    if (tail != null) {
      phraseEnd = tail.last();
      if (!tail.code().equals("-")) {
        placeTail = true;
        jurisdiction = tail.code();
        end = tail.last();
        // the name after the issuing state: "Law of Georgia on Police" is the law "On Police"
        if (w.is(end + 1, "on")) {
          int c = complement(w, end + 1, kindCap);
          if (c >= 0) {
            subjectAfterState = collapse(original.substring(w.get(end + 1).start(), w.get(c).end()));
            end = c;
            phraseEnd = c;
          }
        }
      }
    } else if (it != null) {
      issuer = true;
      end = it.last();
      if (it.jurisdiction() != null) {
        jurisdiction = it.jurisdiction();
      }
    } else if (dt != null) {
      date = dt.value();
      end = dt.last();
    } else {
      int c = complement(w, r, kindCap);
      if (c >= 0) {
        complement = true;
        end = c;
        phraseEnd = c;
        // "Protocol No. 16 to the Convention": a bare back-reference closes the phrase, not the name
        boolean bareReference = c == (w.is(r + 1, "the") ? r + 2 : r + 1) && lex.kind(w.at(c)) != null;
        if (!(numberTail && bareReference)) {
          nameEnd = c;
        }
        Place after = jurisdictionTail(w, c + 1);
        if (after != null && !after.code().equals("-")) {
          placeTail = true;
          jurisdiction = after.code();
          end = after.last();
        }
      } else if (kw.describable() && !kindCap && w.is(k - 1, "the")) {
        int d = descriptiveSubject(w, r);
        if (d >= 0) {
          descriptive = true;
          end = d;
        }
      }
    }
    // a quoted title right after the kind word names an instrument ('the constitutional Law "On ..."')
    boolean quotedTitleFollows = w.openingQuote(end + 1) && w.sameLine(end);
    if (quotedBefore == null && !quotedTitleFollows
        && (isNonInstrument(w, nameStart, nameEnd) || isNonInstrument(w, nameStart, phraseEnd))) {
      return null;
    }

    // ---- right again: date, quoted title, date, acronym
    r = end + 1;
    if (date == null) {
      DateTail d = dateTail(w, r, dates);
      if (d != null) {
        date = d.value();
        end = d.last();
        r = end + 1;
      }
    }
    String quotedAfter = null;
    if (quotedBefore == null && w.openingQuote(r) && w.sameLine(end)) {
      int c = w.closingQuote(r, MAX_QUOTED_WORDS);
      if (c > r + 1) {
        quotedAfter = inner(original, w, r, c);
        end = c;
        r = c + 1;
      }
    }
    if (date == null) {
      DateTail d = dateTail(w, r, dates);
      if (d != null) {
        date = d.value();
        end = d.last();
        r = end + 1;
      }
    }
    String subject = null;
    // "Memorandum of Understanding on cooperation in ...": a name that only repeats the kind takes its subject
    boolean kindOnlyName = complement && quotedAfter == null
        && lex.untitledNames.contains(collapse(w.text.substring(w.get(k).start(), w.get(nameEnd).end())).toLowerCase(Locale.ROOT));
    // "Treaty between A and B on legal assistance in civil, family and criminal matters": the subject is part of the name
    boolean betweenParties = complement && w.is(k + 1, "between");
    kindOnlyName |= betweenParties;
    if (quotedAfter == null && subjectAfterState == null && kindCap
        && (kindOnlyName || kw.describable() && (numberTail || date != null))) {
      int s = lawSubject(w, r);
      if (s >= 0) {
        subject = collapse(original.substring(w.get(r).start(), w.get(s).end()));
        end = s;
        r = s + 1;
      }
    }
    // "California Vehicle Code Section 22658", "Penal Code, section 187(a)": a code's own provision after it
    List<pressfacts.doc.Provision> after = List.of();
    if (kw.kind() == InstrumentKind.CODE && kindCap && quotedAfter == null) {
      int p = w.is(end + 1, ",") && w.sameLine(end) ? end + 2 : end + 1;
      ProvisionGrammar.Chain chain = w.sameLine(end) ? provisions.parseAt(w, p) : null;
      if (chain != null && chain.attach() < 0) {
        after = chain.provisions();
        end = chain.last();
        r = end + 1;
      }
    }
    CharSpan acronym = acronymAt(w, r);

    // ---- what the phrase is
    String name = nameWords || complement || numberTail
        ? capitalizeFirst(collapse(original.substring(w.get(titleStart).start(), w.get(nameEnd).end())))
        : null;
    String title;
    if (subjectAfterState != null) {
      // a law is named by its subject alone, as a quoted "On ..." title; other kinds keep their
      // name with the subject after it ("Code on Administrative Offences")
      title = kw.kind() == InstrumentKind.LAW ? capitalizeFirst(subjectAfterState)
          : capitalizeFirst(collapse(original.substring(w.get(titleStart).start(), w.get(nameEnd).end())))
              + " " + subjectAfterState;
    } else if (subject != null) {
      title = kindOnlyName ? capitalizeFirst(collapse(original.substring(w.get(titleStart).start(), w.get(nameEnd).end())))
          + " " + subject : capitalizeFirst(subject);
    } else if (quotedBefore != null) {
      title = quotedBefore;
    } else if (quotedAfter != null) {
      // after its issuing state ("Organic Law of Georgia "On ..."") the quoted name is the whole title
      title = name != null && !placeTail ? name + " " + quotedAfter : quotedAfter;
    } else if (name != null && !(numberTail && !nameWords && nameEnd == kindAndNumberEnd && kw.describable() && date != null)) {
      // "Law No. 231 of 25 November 2011": a law is named by its subject, not by its number
      title = name;
    } else if (kw.selfTitled() && (kindCap || placeTail)) {
      title = capitalizeFirst(w.at(k).toLowerCase(Locale.ROOT));
    } else {
      title = null;
    }
    // "California law", "Texas statute", "Riverside County law": a state's body of law, no instrument
    if ((kw.kind() == InstrumentKind.LAW || w.at(k).equalsIgnoreCase("statute")) && quotedBefore == null
        && quotedAfter == null && subject == null && !complement && !numberTail && date == null && !placeTail
        && !issuer && k > 0 && (statePrefixStart(w, nameStart, k) < k || w.is(k - 1, "County"))) {
      return null;
    }
    boolean named = title != null || placeTail || issuer || issuerAdjective || jurisdiction != null || date != null
        || descriptive;
    if (named) {
      return new Found(span(w, spanStart, end), Found.Form.NAMED, kw.kind(), title, jurisdiction, date, after,
          spanStart, acronym);
    }
    return backReference(w, k, kw, kindCap);
  }

  /** "the Convention", "The Decree", "the said law", "its supplementary protocol": span without the determiner. */
  private Found backReference(Words w, int k, KindWord kw, boolean kindCap) {
    if (!kw.backref()) {
      return null;
    }
    int d = k - 1;
    while (d >= 0 && lex.backReferenceAdjectives.contains(w.at(d))) {
      d--;
    }
    Boolean strong = lex.determiners.get(w.at(d).toLowerCase(Locale.ROOT));
    if (strong == null || !(kindCap || strong)) {
      return null;
    }
    // "the said law": "said" is a determiner too; the span starts after the last one
    return new Found(span(w, d + 1, k), Found.Form.BACK_REFERENCE, kw.kind(), null, null, null, List.of(), d + 1, null);
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
    return x.isWord() && x.capitalized() && !lex.nameStopWords.contains(x.text()) && lex.unit(x.text()) == null;
  }

  private static boolean isQuote(Words w, int i) {
    return w.is(i, "\"") || w.is(i, "'");
  }

  record Place(int last, String code) {
  }

  /** The longest place name (places.tsv) starting at word {@code i}, not followed by a capitalised word. */
  private Place placeAt(Words w, int i) {
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
      String code = ok ? lex.places.get(key) : null;
      if (code != null) {
        return new Place(i + n - 1, code);
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
    if (after < w.size() && w.sameLine(p.last()) && w.get(after).isWord() && w.get(after).capitalized()) {
      return null;
    }
    return p;
  }

  record IssuerTail(int last, String jurisdiction) {
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
    String jurisdiction = null;
    while (i < w.size() && w.sameLine(i - 1)) {
      Words.W x = w.get(i);
      if (x.isWord() && x.capitalized()) {
        head |= lex.issuers.contains(x.text());
        last = i;
        i++;
      } else if (x.text().equals("of")) {
        Place p = placeAfterPreposition(w, i);
        if (p != null) {
          if (!p.code().equals("-")) {
            jurisdiction = p.code();
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
    return head && last >= 0 ? new IssuerTail(last, jurisdiction) : null;
  }

  record DateTail(int last, DateValue value) {
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
      if (x.isWord() && x.capitalized()) {
        last = i;
        i++;
      } else if (lex.nameFunctionWords.contains(x.text())) {
        if ((x.text().equals("of") || x.text().equals("in")) && !prep.equals("between") && placeAfterPreposition(w, i) != null) {
          break;
        }
        i++;
      } else if (x.text().equals(",") && i + 1 < w.size() && w.get(i + 1).isWord() && w.get(i + 1).capitalized()) {
        i++;
      } else if (x.text().equals("(")) {
        int c = closingBracket(w, i);
        if (c < 0 || c == i + 1 || (c == i + 2 && w.get(i + 1).allCaps()) || isQuote(w, i + 1)
            || holdsKindWord(w, i + 1, c)) {
          // an acronym, quoted or not, or a short name ("(Convention 108)", "(Trafficking in Persons
          // Protocol)") is its own citation
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
        && !lex.nameStopWords.contains(next.text());
  }

  private static boolean startsSentence(Words w, int i) {
    return i == 0 || !w.sameLine(i - 1) || w.is(i - 1, ".") || w.is(i - 1, "!") || w.is(i - 1, "?");
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
  private static CharSpan acronymAt(Words w, int r) {
    if (!w.is(r, "(")) {
      return null;
    }
    int a = isQuote(w, r + 1) ? r + 2 : r + 1;
    if (a >= w.size() || !w.get(a).allCaps()) {
      return null;
    }
    int b = isQuote(w, a + 1) ? a + 2 : a + 1;
    return w.is(b, ")") ? new CharSpan(w.get(a).start(), w.get(a).end()) : null;
  }

  /**
   * True when the words ending at {@code to} (the name, and up to two words before it, since
   * "case law" has a lowercase "case") end with an entry of non-instruments.txt.
   */
  private boolean isNonInstrument(Words w, int from, int to) {
    int lead = Math.max(0, from - 2);
    String phrase = " " + collapse(w.text.substring(w.get(lead).start(), w.get(to).end())).toLowerCase(Locale.ROOT);
    for (String e : lex.nonInstruments) {
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

  static String capitalizeFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
