package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Citation;
import pressfacts.doc.DateValue;
import pressfacts.doc.Instrument;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Warning;
import pressfacts.doc.WarningCode;

/**
 * The resolve step, apart from finding (DESIGN rule 7). In order:
 * <ol>
 *   <li>jurisdiction of named instruments that the text did not give: known instruments, an
 *       international name ("United Nations ...", "European ..."), a multilateral kind (INT), else
 *       the document's jurisdiction for the kinds a state issues;</li>
 *   <li>one instrument, one record: named citations of the same kind and title share the date and
 *       jurisdiction any of them has; a short name ("the European Convention") that begins an
 *       earlier title of its kind takes that instrument;</li>
 *   <li>acronyms: one defined in the text ("... (UNTOC)") or listed in known-instruments.tsv is a
 *       citation wherever it stands, before or after its definition;</li>
 *   <li>back-references bind to the nearest earlier citation of the same kind; with none, they
 *       are dropped and an UNRESOLVED_REFERENCE warning says so (no guessing).</li>
 * </ol>
 */
final class CitationResolver {
  private final CitationLexicon lex;

  CitationResolver(CitationLexicon lex) {
    this.lex = lex;
  }

  record Result(List<Citation> citations, List<Warning> warnings) {
  }

  /** A citation being resolved: its phrase, its instrument so far, and what it was bound to. */
  private static final class Item {
    final Found found;
    Instrument instrument;
    Item antecedent;

    Item(Found found, Instrument instrument) {
      this.found = found;
      this.instrument = instrument;
    }
  }

  /**
   * @param jurisdictionAt the state the text speaks of at an offset (its paragraph's, else the
   *                       document's), for instruments whose own words name none
   */
  Result resolve(String original, Words w, List<Found> found, IntFunction<String> jurisdictionAt) {
    return resolve(original, w, found, jurisdictionAt, null);
  }

  /**
   * @param jurisdictionAt the state the text speaks of at an offset (its paragraph's, else the
   *                       document's), for instruments whose own words name none
   * @param documentState  the US state the document names most, or null: the jurisdiction of an
   *                       instrument only a state issues ("Penal Code") when the document's is "US" or unknown
   */
  Result resolve(String original, Words w, List<Found> found, IntFunction<String> jurisdictionAt, String documentState) {
    List<Item> named = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    if (documentState == null) {
      documentState = writtenStateOfStateLaw(found);
    }
    for (Found f : found) {
      Item it = new Item(f, new Instrument(f.kind(), codeTitle(f.kind(), f.title()), f.jurisdiction(), f.date()));
      items.add(it);
      if (f.form() == Found.Form.NAMED) {
        it.instrument = withJurisdiction(it.instrument, jurisdictionAt.apply(f.span().start()), documentState);
        it.instrument = federalWhenSaid(it.instrument, original, f.span().start());
        named.add(it);
      }
    }
    dropFederalWord(named);
    unifySameInstrument(named);
    bindParenthesisedShortNames(original, named);
    bindShortNames(named);
    bindDescriptions(named);
    dropKindOnlyTitles(original, named);
    items.addAll(acronyms(w, items));
    items.sort(Comparator.comparing((Item i) -> i.found.span()));
    List<Warning> warnings = new ArrayList<>();
    List<Item> resolved = new ArrayList<>();
    for (Item it : items) {
      if (it.found.form() == Found.Form.BACK_REFERENCE) {
        Item target = nearestEarlier(resolved, it.found.kind(), kindWord(it.found.span().of(original)));
        if (target == null) {
          Instrument inner = namedInsideEarlierTitle(resolved, it.found, original,
              jurisdictionAt.apply(it.found.span().start()));
          if (inner != null) {
            it.instrument = inner;
            resolved.add(it);
            continue;
          }
          Item later = nearestLaterNamed(items, it, original);
          if (later != null) {
            it.instrument = later.instrument;
            resolved.add(it);
            continue;
          }
          CharSpan s = it.found.span();
          warnings.add(new Warning(WarningCode.UNRESOLVED_REFERENCE, "'" + s.of(original) + "' at " + s
              + " points back to a " + it.found.kind().wireName() + ", but none is cited before it"));
          continue;
        }
        it.instrument = target.instrument;
        it.antecedent = target;
      }
      resolved.add(it);
    }
    Map<Item, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < resolved.size(); i++) {
      index.put(resolved.get(i), i);
    }
    List<Citation> out = new ArrayList<>(resolved.size());
    for (Item it : resolved) {
      CharSpan s = it.found.span();
      Integer ante = it.antecedent == null ? null : index.get(it.antecedent);
      out.add(new Citation(s, s.of(original), it.instrument, it.found.provision(), ante));
    }
    return new Result(out, warnings);
  }

  /**
   * "California Vehicle Code 23152(a)" in a release whose place names no state: the one state that
   * the text writes on its state-only codes ("Penal Code", "Vehicle Code") is the state of the others
   * it cites ("Penal Code section 187(a)"); null when none or several are written.
   */
  private String writtenStateOfStateLaw(List<Found> found) {
    String state = null;
    for (Found f : found) {
      String j = f.jurisdiction();
      if (f.form() == Found.Form.NAMED && j != null && j.startsWith(US_STATE_PREFIX) && f.title() != null
          && lex.stateOnly(f.title())) {
        if (state != null && !state.equals(j)) {
          return null;
        }
        state = j;
      }
    }
    return state;
  }

  /** A US state's ISO 3166-2 code begins so ("US-CA"). */
  private static final String US_STATE_PREFIX = "US-";
  /** The first word of a US federal instrument's name ("Federal Food, Drug, and Cosmetic Act"). */
  private static final String FEDERAL = "Federal ";
  /** The last word of a constitutional amendment cited by its ordinal ("First Amendment"). */
  private static final String AMENDMENT = " Amendment";

  /**
   * The words just before an instrument that say it is the federal one ("the federal Fair Housing
   * Act", "the U.S. Clean Water Act"): in a state's or county's release its Act is still federal
   * law ("US"), not the state's that the document's cues would give.
   */
  private static final Pattern SAID_FEDERAL = Pattern.compile(
      "(?<![\\w.])(?:[Ff]ederal|U\\.S\\.|United States|US)\\s+$");
  /** How far before the instrument the federal word may stand (a determiner and the word itself). */
  private static final int FEDERAL_WORD_REACH = 20;

  /**
   * "The Federal Fair Housing Act" where the Fair Housing Act is a known federal Act, or is cited
   * without the word in the same text: "Federal" says whose law it is, as "Texas" does before the
   * "Texas Medical Records Act" (dev gold titles it "Medical Records Act"), and is no part of the
   * title; the span keeps it. A name that needs the word ("Federal Tort Claims Act") is left whole.
   */
  private void dropFederalWord(List<Item> named) {
    Set<String> titles = new HashSet<>();
    for (Item it : named) {
      if (it.instrument.title() != null) {
        titles.add(it.instrument.title());
      }
    }
    for (Item it : named) {
      String title = it.instrument.title();
      if (title == null || !title.startsWith(FEDERAL)) {
        continue;
      }
      String rest = title.substring(FEDERAL.length());
      CitationLexicon.KnownInstrument k = lex.knownByTitle(rest);
      if (k != null && "US".equals(k.jurisdiction()) || titles.contains(rest)) {
        Instrument in = it.instrument;
        it.instrument = new Instrument(in.kind(), rest, in.jurisdiction(), in.date());
      }
    }
  }

  private static Instrument federalWhenSaid(Instrument in, String original, int start) {
    if (in.jurisdiction() == null || !in.jurisdiction().startsWith(US_STATE_PREFIX)) {
      return in;
    }
    String before = original.substring(Math.max(0, start - FEDERAL_WORD_REACH), start);
    return SAID_FEDERAL.matcher(before).find() ? new Instrument(in.kind(), in.title(), "US", in.date()) : in;
  }

  /** An ampersand between two capitalised words of a code's name. */
  private static final Pattern NAME_AMPERSAND = Pattern.compile("(?<=\\p{Lu}\\p{L}{0,40}) & (?=\\p{Lu})");

  /**
   * "Health & Safety Code" is the Health and Safety Code: a code's name is one however the ampersand
   * is written, as "H&S" stands for it too (code-abbreviations.tsv), so titles compare equal.
   */
  private static String codeTitle(InstrumentKind kind, String title) {
    return kind == InstrumentKind.CODE && title != null ? NAME_AMPERSAND.matcher(title).replaceAll(" and ") : title;
  }

  private Instrument withJurisdiction(Instrument in, String documentJurisdiction, String documentState) {
    if (in.jurisdiction() != null) {
      return in;
    }
    if (documentState != null && (documentJurisdiction == null || documentJurisdiction.equals("US"))
        && in.title() != null && lex.stateOnly(in.title())) {
      // "Assembly Bill 46" in a county's release with the FBI: no federal law has the name, so the state's
      return new Instrument(in.kind(), in.title(), documentState, in.date());
    }
    String j = null;
    InstrumentKind kind = in.kind();
    CitationLexicon.KnownInstrument known = in.title() == null ? null : known(in.title());
    if (known != null) {
      // "Rome Statute": a known instrument's kind is its own, whatever kind word names it
      j = known.jurisdiction();
      kind = known.kind();
    } else if (in.title() != null && in.title().contains(" between ")) {
      // an instrument between parties: of an international organization when one is a party, else bilateral (unknown)
      j = namesInternationalParty(in.title()) ? "INT" : null;
    } else if (in.title() != null && UNION_NUMBERED.matcher(in.title()).matches()) {
      // "Regulation (EU) 2016/679", "Directive 2011/36/EU": the European Union's own acts (Conventions: INT)
      j = "INT";
    } else if (in.title() != null && in.kind() != InstrumentKind.ACT && startsInternational(in.title())) {
      // an Act is a state's legislature's ("International Emergency Economic Powers Act")
      j = "INT";
    } else if (lex.internationalKinds.contains(in.kind()) && in.title() != null) {
      // an untitled one is described in lower case ("a protocol of cooperation" of two courts): two
      // sides', not an international organization's, so unknown (Conventions: bilateral is null)
      j = "INT";
    } else if (lex.documentJurisdictionKinds.contains(in.kind())) {
      j = documentJurisdiction;
      if (j != null && j.startsWith(US_STATE_PREFIX) && in.title() != null
          && (in.title().startsWith(FEDERAL) || in.title().endsWith(AMENDMENT))) {
        // "Federal Debt Collection Practices Act" in a county's release: its name says federal law ("US");
        // "First Amendment": an amendment cited by its ordinal is the federal Constitution's
        j = "US";
      }
      if (j != null && j.startsWith(US_STATE_PREFIX) && in.title() != null
          && PRESIDENTIAL_ORDER.matcher(in.title()).matches()) {
        // "Executive Order 14159" in a county's release: the President's orders are numbered in one
        // series past 10000 since 1907, a governor's are not ("N-33-20", "GA-08", "202"): federal ("US")
        j = "US";
      }
    }
    return new Instrument(kind, in.title(), j, in.date());
  }

  /** A regulation or directive numbered by the European Union ("Regulation (EU) 2016/679", "Directive 2011/36/EU"). */
  private static final Pattern UNION_NUMBERED = Pattern.compile(
      "(?:Regulation|Directive) (?:\\((?:EU|EC|EEC)\\) (?:No\\.? )?\\d+/\\d+|\\d{1,4}/\\d+/(?:EU|EC|EEC))");

  /** A numbered Executive Order of the President's series (five digits or more). */
  private static final Pattern PRESIDENTIAL_ORDER = Pattern.compile("Executive Order (?:No\\. )?\\d{5,}");

  /** A known Act's title with the year of its name dropped ("Civil Rights Act of 1964" is the Civil Rights Act). */
  private static final Pattern TITLE_YEAR = Pattern.compile(",?\\s+(?:of\\s+)?\\d{4}$");

  private CitationLexicon.KnownInstrument known(String title) {
    CitationLexicon.KnownInstrument k = lex.knownByTitle(title);
    return k != null ? k : lex.knownByTitle(TITLE_YEAR.matcher(title).replaceFirst(""));
  }

  private boolean namesInternationalParty(String title) {
    String t = " " + title + " ";
    for (String party : lex.internationalParties) {
      if (t.contains(" " + party + " ")) {
        return true;
      }
    }
    return false;
  }

  private boolean startsInternational(String title) {
    for (String cue : lex.internationalNameCues) {
      // "EU-Georgia Association Agreement": an organisation joined to its partner by a hyphen
      if (title.equals(cue) || title.startsWith(cue + " ") || title.startsWith(cue + "-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Same kind and title: the first date any of them has, and the first jurisdiction a phrase writes (else any has), for all.
   * Phrases that write different states ("Criminal Code of Ukraine", "Criminal Code of the Russian Federation") cite
   * different instruments of one name: each keeps its state, and a phrase that writes none joins the one of them that
   * its own paragraph's state names, else the nearest earlier one (see {@link #byWrittenState}).
   */
  private static void unifySameInstrument(List<Item> named) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (Item it : named) {
      if (it.instrument.title() != null) {
        groups.computeIfAbsent(key(it.instrument), k -> new ArrayList<>()).add(it);
      }
    }
    for (List<Item> g : groups.values()) {
      for (List<Item> same : byWrittenState(g)) {
        unify(same);
      }
    }
  }

  /** One instrument's phrases: the first date any of them has, and the first jurisdiction a phrase writes (else any has). */
  private static void unify(List<Item> g) {
    DateValue date = null;
    String jurisdiction = null;
    for (Item it : g) {
      // a state the phrase writes ("California Vehicle Code") outweighs one the document gave another phrase
      jurisdiction = jurisdiction == null ? it.found.jurisdiction() : jurisdiction;
    }
    for (Item it : g) {
      date = date == null ? it.instrument.date() : date;
      jurisdiction = jurisdiction == null ? it.instrument.jurisdiction() : jurisdiction;
    }
    for (Item it : g) {
      Instrument in = it.instrument;
      it.instrument = new Instrument(in.kind(), in.title(), jurisdiction, date);
    }
  }

  /**
   * Phrases of one kind and title split by the state they write, in text order. With one state written or none, one
   * part. Otherwise a phrase that writes none goes with the written state its paragraph's state equals, else with the
   * nearest earlier phrase that writes one, else with the first.
   */
  private static List<List<Item>> byWrittenState(List<Item> g) {
    List<String> written = new ArrayList<>();
    for (Item it : g) {
      String j = it.found.jurisdiction();
      if (j != null && !written.contains(j)) {
        written.add(j);
      }
    }
    if (written.size() < 2) {
      return List.of(g);
    }
    Map<String, List<Item>> parts = new LinkedHashMap<>();
    String last = written.get(0);
    for (Item it : g) {
      String j = it.found.jurisdiction();
      if (j != null) {
        last = j;
      } else {
        j = written.contains(it.instrument.jurisdiction()) ? it.instrument.jurisdiction() : last;
      }
      parts.computeIfAbsent(j, k -> new ArrayList<>()).add(it);
    }
    return new ArrayList<>(parts.values());
  }

  /**
   * "a memorandum of understanding" that no longer title names (bindShortNames) is an untitled
   * instrument: its title only repeats its kind (untitled-names.txt). Written with capitals it keeps
   * that name as its title (ANNOTATION.md, Conventions: "Memorandum of Understanding", "Protocol No. 16").
   */
  private void dropKindOnlyTitles(String original, List<Item> named) {
    for (Item it : named) {
      Instrument in = it.instrument;
      if (in.title() != null && lex.untitledNames.contains(in.title().toLowerCase(Locale.ROOT))
          && !writtenCapitalised(it.found.span().of(original), in.title())) {
        it.instrument = new Instrument(in.kind(), null, in.jurisdiction(), in.date());
      }
    }
  }

  /** The span writes the title with its capitals ("Memorandum of Understanding", not "memorandum of understanding"). */
  private static boolean writtenCapitalised(String span, String title) {
    return Character.isUpperCase(title.charAt(0)) && span.replaceAll("\\s+", " ").contains(title);
  }

  /**
   * "European Convention" after "European Convention on Human Rights": the earlier instrument;
   * with no earlier one, the nearest later one ("a Memorandum of Understanding" in a title line,
   * named in full in the body).
   */
  private static void bindShortNames(List<Item> named) {
    for (int i = 0; i < named.size(); i++) {
      Item it = named.get(i);
      String t = it.instrument.title();
      if (t == null) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Instrument earlier = named.get(j).instrument;
        if (earlier.kind() == it.instrument.kind() && earlier.title() != null
            && earlier.title().toLowerCase(Locale.ROOT).startsWith(t.toLowerCase(Locale.ROOT) + " ")) {
          it.instrument = earlier;
          it.antecedent = named.get(j);
          break;
        }
      }
      if (it.antecedent == null) {
        for (int j = i + 1; j < named.size(); j++) {
          Instrument later = named.get(j).instrument;
          if (later.kind() == it.instrument.kind() && startsWithName(later.title(), t)) {
            it.instrument = later;
            it.antecedent = named.get(j);
            break;
          }
        }
      }
    }
  }

  /** "Decree on the State Program": a kind word, a preposition, maybe "the", and at least two words of subject. */
  private static final Pattern DESCRIPTION = Pattern.compile("\\p{L}+ (?:on|of|about) (?:the )?(\\S+(?: \\S+)+)");

  /**
   * "the Decree on the State Program" in a title line, where the body gives the decree "On
   * approval of the State Program ...": a name made of the kind word and a subject is the
   * instrument of its kind whose "On ..." title holds that subject, when exactly one title does.
   */
  private static void bindDescriptions(List<Item> named) {
    for (Item it : named) {
      String t = it.instrument.title();
      Matcher m = t == null || it.antecedent != null ? null : DESCRIPTION.matcher(t);
      if (m == null || !m.matches()) {
        continue;
      }
      String subject = " " + m.group(1).toLowerCase(Locale.ROOT) + " ";
      Item match = null;
      boolean ambiguous = false;
      for (Item other : named) {
        String o = other.instrument.title();
        if (other == it || other.instrument.kind() != it.instrument.kind() || o == null || !o.startsWith("On ")
            || !(" " + o.toLowerCase(Locale.ROOT) + " ").contains(subject)) {
          continue;
        }
        if (match != null && !key(match.instrument).equals(key(other.instrument))) {
          ambiguous = true;
        }
        match = match == null ? other : match;
      }
      if (match != null && !ambiguous) {
        it.instrument = match.instrument;
        it.antecedent = match;
      }
    }
  }

  /**
   * "Protocol to Prevent ... Children (Trafficking in Persons Protocol)": a name of the same kind in
   * parentheses right after a named instrument is its short name, the same instrument.
   */
  private static void bindParenthesisedShortNames(String original, List<Item> named) {
    List<Item> inOrder = new ArrayList<>(named);
    inOrder.sort(Comparator.comparing((Item i) -> i.found.span()));
    for (int i = 1; i < inOrder.size(); i++) {
      Item full = inOrder.get(i - 1);
      Item shortName = inOrder.get(i);
      CharSpan a = full.found.span();
      CharSpan b = shortName.found.span();
      String between = a.end() <= b.start() ? original.substring(a.end(), b.start()) : "";
      if (full.found.kind() == shortName.found.kind() && a.end() <= b.start()
          && (PARENTHESIS_OPEN.matcher(between).matches() && original.startsWith(")", b.end())
              || KNOWN_AS.matcher(between).matches())) {
        shortName.instrument = full.instrument; // like an acronym: the same instrument, no back-reference
      }
    }
  }

  /** Between an instrument's name and its short name: an opening parenthesis, or "known as (the)". */
  private static final Pattern PARENTHESIS_OPEN = Pattern.compile("\\s*\\(");
  private static final Pattern KNOWN_AS = Pattern.compile(",?\\s+(?:also\\s+|commonly\\s+)?known\\s+as\\s+(?:the\\s+)?");

  private static boolean startsWithName(String title, String shortName) {
    return title != null && title.toLowerCase(Locale.ROOT).startsWith(shortName.toLowerCase(Locale.ROOT) + " ");
  }

  private static String key(Instrument in) {
    return in.kind() + "|" + in.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Every standing of a defined or known acronym outside the phrases found, as a citation. */
  private List<Item> acronyms(Words w, List<Item> items) {
    Map<String, Item> defined = new LinkedHashMap<>();
    for (Item it : items) {
      CharSpan a = it.found.acronym();
      if (a != null && it.found.form() == Found.Form.NAMED) {
        defined.putIfAbsent(a.of(w.text), it);
      }
    }
    Map<String, CitationLexicon.KnownInstrument> known = new LinkedHashMap<>();
    for (CitationLexicon.KnownInstrument k : lex.knownInstruments) {
      for (String a : k.acronyms()) {
        known.putIfAbsent(a, k);
      }
    }
    List<Item> out = new ArrayList<>();
    // a treaty series number ("(CETS No. 197)") is several words: cited where the phrase defines it
    for (Map.Entry<String, Item> e : defined.entrySet()) {
      CharSpan s = e.getValue().found.acronym();
      if (e.getKey().indexOf(' ') > 0 && items.stream().noneMatch(it -> it.found.span().overlaps(s))) {
        int first = firstWordAt(w, s.start());
        Item it = new Item(Found.acronym(s, first, e.getValue().instrument), e.getValue().instrument);
        it.antecedent = e.getValue();
        out.add(it);
      }
    }
    for (int i = 0; i < w.size(); i++) {
      Words.W x = w.get(i);
      // "CrPC": a listed acronym may keep a small letter; one defined in the text must be all capitals
      boolean read = x.allCaps() ? defined.containsKey(x.text()) || known.containsKey(x.text())
          : x.acronymShaped() && known.containsKey(x.text());
      if (!read) {
        continue;
      }
      CharSpan s = new CharSpan(x.start(), x.end());
      if (items.stream().anyMatch(it -> it.found.span().overlaps(s))) {
        continue;
      }
      Item def = defined.get(x.text());
      Instrument in;
      if (def != null) {
        in = def.instrument;
      } else {
        CitationLexicon.KnownInstrument k = known.get(x.text());
        in = new Instrument(k.kind(), k.title(), k.jurisdiction(), null);
        def = sameInstrument(items, in);
        if (def != null) {
          in = def.instrument;
        }
      }
      Found f = Found.acronym(s, i, in);
      Item it = new Item(f, in);
      it.antecedent = def;
      out.add(it);
    }
    return out;
  }

  private static int firstWordAt(Words w, int start) {
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).start() == start) {
        return i;
      }
    }
    return -1;
  }

  private static Item sameInstrument(List<Item> items, Instrument in) {
    for (Item it : items) {
      if (it.found.form() == Found.Form.NAMED && it.instrument.title() != null && it.instrument.kind() == in.kind()
          && key(it.instrument).equals(key(in))) {
        return it;
      }
    }
    return null;
  }

  /**
   * "the Convention" after "Protocol No. 16 to the Convention for the Protection of ...": the
   * instrument named inside an earlier title, from its kind word (as written in the back-reference)
   * to the end of that title. Null when no earlier title names one.
   */
  private Instrument namedInsideEarlierTitle(List<Item> resolved, Found backRef, String original,
      String documentJurisdiction) {
    String word = backRef.span().of(original).strip();
    word = word.substring(word.lastIndexOf(' ') + 1);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    for (int i = resolved.size() - 1; i >= 0; i--) {
      String t = resolved.get(i).instrument.title();
      int at = t == null ? -1 : t.indexOf(" " + word + " ");
      if (at > 0) {
        return withJurisdiction(new Instrument(backRef.kind(), t.substring(at + 1), null, null), documentJurisdiction, null);
      }
    }
    return null;
  }

  /**
   * "Article 6 § 1 of the Convention" in a release that names "the European Convention on Human
   * Rights" only further down: a capitalised back-reference with nothing of its kind before it
   * points to the nearest named instrument of its kind after it, as a short name does
   * (bindShortNames). A lowercase one ("this law") stays unresolved.
   */
  private static Item nearestLaterNamed(List<Item> items, Item backRef, String original) {
    String word = kindWord(backRef.found.span().of(original));
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    for (Item it : items) {
      if (it.found.form() == Found.Form.NAMED && it.found.span().start() > backRef.found.span().end()
          && it.instrument.kind() == backRef.found.kind() && it.instrument.title() != null) {
        return it;
      }
    }
    return null;
  }

  private Item nearestEarlier(List<Item> resolved, InstrumentKind kind, String kindWord) {
    for (int i = resolved.size() - 1; i >= 0; i--) {
      Instrument in = resolved.get(i).instrument;
      if (in.kind() == kind || kind == InstrumentKind.LAW && isBill(in) || titleKindWordIs(in, kindWord)) {
        return resolved.get(i);
      }
    }
    return null;
  }

  /** The last word of a back-reference's span ("Statute" of "the Statute"): its kind word. */
  private static String kindWord(String span) {
    String[] words = span.strip().split("\\s+");
    return words[words.length - 1];
  }

  /**
   * "the Statute" after "Statute of the Court", a treaty: a known instrument (known-instruments.tsv)
   * keeps its own kind, so a back-reference by the kind word that heads its title (the title's first kind word: "Protocol"
   * of "Protocol No. 4 to the Convention ...") points to it too.
   */
  private boolean titleKindWordIs(Instrument in, String word) {
    if (in.title() == null || word.isEmpty() || lex.knownByTitle(in.title()) == null) {
      return false;
    }
    for (String t : in.title().split("\\s+")) {
      if (lex.kind(t) != null) {
        return t.equalsIgnoreCase(word);
      }
    }
    return false;
  }

  /** A bill (kind other) is a law in the making: "this new law", "this legislation" after it point to it. */
  private static boolean isBill(Instrument in) {
    return in.kind() == InstrumentKind.OTHER && in.title() != null && InstrumentGrammar.isBillTitle(in.title());
  }
}
