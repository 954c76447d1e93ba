package pressfacts.stage.citations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.ProvisionUnit;
import pressfacts.text.LexiconFile;

/**
 * Every vocabulary the citation finder uses, read once from the data files under
 * {@code /pressfacts/lexicon/citations/} (one entry a line, {@code #} comments). Immutable after
 * loading, so one instance serves all threads.
 */
final class CitationLexicon {
  static final String DIR = "/pressfacts/lexicon/citations/";
  /** The code column of places.tsv for a place that names no issuing state. */
  private static final String NO_STATE = "-";

  /** A kind word and what it may do (see kinds.tsv). */
  record KindWord(InstrumentKind kind, boolean selfTitled, boolean describable, boolean backref, boolean international,
                  boolean capitalisedOnly, boolean lowercaseRef, boolean numbered, boolean namesItsBody) {
  }

  /** An instrument the text may name without its jurisdiction or with an acronym only. */
  record KnownInstrument(String title, InstrumentKind kind, String jurisdiction, List<String> acronyms) {
  }

  /**
   * A phrase whose presence speaks for a document jurisdiction; {@code stateCourt}: a state's highest
   * court named with its state (state-court-heads.txt), which a dateline outweighs.
   */
  record JurisdictionCue(String phrase, String code, int weight, boolean stateCourt) {
  }

  final Map<String, KindWord> kinds;
  /**
   * Plural kind words, lower case, to their kind (plural-kinds.tsv): read only with a list of the
   * instruments' dates or numbers after them ("decisions of 8 May and 2 October 2024").
   */
  final Map<String, InstrumentKind> pluralKinds;
  final Map<String, ProvisionUnit> units;
  /**
   * Place phrases, as lists of tokens, to the state they name: its code, or empty for a place that
   * is no issuing state ("Europe"; written "-" in places.tsv).
   */
  final Map<List<String>, Optional<String>> places;
  final int longestPlace;
  final Set<String> placeModifiers;
  final Set<String> issuers;
  /** Words of a court or of its bench that decides cases ("Court", "Panel"): its decision is the case's own. */
  final Set<String> caseDecidingBodies;
  /** Words of a bench whose decisions are law that releases cite ("Plenum", "Constitutional"). */
  final Set<String> lawMakingBenches;
  final Set<String> issuerAdjectives;
  /** Determiner to true when it is strong (makes a lowercase kind word a back-reference). */
  final Map<String, Boolean> determiners;
  final Set<String> backReferenceAdjectives;
  /** A state code's capitals abbreviation ("PC") to the code's name ("Penal Code"). */
  final Map<String, String> codeAbbreviations;
  /** A state code's acronym read with "of STATE" after it ("CC of Ukraine") to the code's name (code-acronyms.tsv). */
  final Map<String, String> codeAcronyms;
  /** A legislature's abbreviation written in brackets after an Act's name ("(NSW)") to its ISO 3166 code. */
  final Map<String, String> bracketedJurisdictions;
  /** The statute books of the states and the federal rules in their written forms (state-codes.tsv). */
  final StatuteForms statuteForms;
  /** Lowercase words that, after a strong determiner, point back to a law or a bill ("this legislation"). */
  final Set<String> lawReferenceWords;
  /** Lowercase words that, after a determiner, point back to a bill named before ("the bill", "the measure"). */
  final Set<String> billReferenceWords;
  final Set<String> complementPrepositions;
  final Set<String> nameFunctionWords;
  /** Articles a name holds only between two of its capitalised words ("Procedure for Holding a Competition"). */
  final Set<String> nameInnerArticles;
  final Set<String> nameStopWords;
  /** Verbs of a title-case headline ("ASEAN Chief Justices Sign Jakarta Declaration"): no name's words. */
  final Set<String> headlineVerbs;
  final Set<String> dateLinkers;
  final Set<String> adoptionVerbs;
  final Set<String> dateBlockers;
  final Set<String> nonInstruments;
  /** Institutions and degrees named with a kind word ("faculty of law"), lower case. */
  final Set<String> otherNames;
  /** Names of a code's parts written before "Part" ("Special Part of the Criminal Code"), lower case. */
  final Set<String> namedParts;
  final List<KnownInstrument> knownInstruments;
  private final List<KnownInstrument> kindlessKnown;
  final List<String> internationalNameCues;
  /** International organizations that make an instrument "between" parties INT. */
  final List<String> internationalParties;
  final Set<InstrumentKind> internationalKinds;
  final List<JurisdictionCue> jurisdictionCues;
  final Set<String> abbreviations;
  final Set<String> descriptiveStopWords;
  final Set<String> complementStopWords;
  /** Treaty series whose bracketed number after a treaty's name cites it ("(CETS No. 197)"). */
  final Set<String> treatySeries;
  final Set<InstrumentKind> documentJurisdictionKinds;
  /** Names that only repeat a kind ("memorandum of understanding"), lower case: no title. */
  final Set<String> untitledNames;
  /**
   * Lowercase descriptions of an untitled instrument (described-instruments.txt), each as its words:
   * "memorandum of understanding", "protocol of cooperation".
   */
  final List<List<String>> describedInstruments;
  /** Titles that only a US state issues (state-only-titles.txt): "Penal Code", "Assembly Bill", "Proposition". */
  final List<String> stateOnlyTitles;
  /** A kind word and the lowercase word after it that make a common noun ("law enforcement"), lower case. */
  final Set<String> kindCompounds;

  private CitationLexicon() {
    kinds = new HashMap<>();
    for (String[] f : table("kinds.tsv", 3)) {
      Set<String> flags = new HashSet<>(Arrays.asList(f[2].split(",")));
      kinds.put(f[0], new KindWord(InstrumentKind.fromWire(f[1]), flags.contains("selftitled"),
          flags.contains("describable"), flags.contains("backref"), flags.contains("international"),
          flags.contains("capitalised"), flags.contains("lowerref"), flags.contains("numbered"),
          flags.contains("namesbody")));
    }
    Map<String, InstrumentKind> plurals = new HashMap<>();
    for (String[] f : table("plural-kinds.tsv", 2)) {
      plurals.put(f[0], InstrumentKind.fromWire(f[1]));
    }
    pluralKinds = Map.copyOf(plurals);
    units = new HashMap<>();
    for (String[] f : table("provision-units.tsv", 2)) {
      units.put(f[0], ProvisionUnit.fromWire(f[1]));
    }
    places = new HashMap<>();
    int longest = 0;
    for (String[] f : table("places.tsv", 2)) {
      List<String> toks = List.of(f[0].split(" "));
      places.put(toks, f[1].equals(NO_STATE) ? Optional.empty() : Optional.of(f[1]));
      longest = Math.max(longest, toks.size());
    }
    longestPlace = longest;
    placeModifiers = words("place-modifiers.txt");
    issuers = words("issuers.txt");
    caseDecidingBodies = words("case-deciding-bodies.txt");
    lawMakingBenches = words("law-making-benches.txt");
    issuerAdjectives = words("issuer-adjectives.txt");
    determiners = new HashMap<>();
    for (String[] f : table("determiners.tsv", 2)) {
      determiners.put(f[0], f[1].equals("strong"));
    }
    backReferenceAdjectives = words("back-reference-adjectives.txt");
    lawReferenceWords = words("law-reference-words.txt");
    billReferenceWords = words("bill-reference-words.txt");
    Map<String, String> codes = new HashMap<>();
    for (String[] f : table("code-abbreviations.tsv", 2)) {
      codes.put(f[0], f[1]);
    }
    codeAbbreviations = Map.copyOf(codes);
    Map<String, String> acronyms = new HashMap<>();
    for (String[] f : table("code-acronyms.tsv", 2)) {
      acronyms.put(f[0], f[1]);
    }
    codeAcronyms = Map.copyOf(acronyms);
    statuteForms = new StatuteForms(table("state-codes.tsv", 5));
    Map<String, String> bracketed = new HashMap<>();
    for (String[] f : table("bracketed-jurisdictions.tsv", 2)) {
      bracketed.put(f[0], f[1]);
    }
    bracketedJurisdictions = Map.copyOf(bracketed);
    complementPrepositions = words("complement-prepositions.txt");
    nameFunctionWords = words("name-function-words.txt");
    nameInnerArticles = words("name-inner-articles.txt");
    nameStopWords = words("name-stop-words.txt");
    headlineVerbs = words("headline-verbs.txt");
    dateLinkers = words("date-linkers.txt");
    adoptionVerbs = words("adoption-verbs.txt");
    dateBlockers = words("date-blockers.txt");
    nonInstruments = new HashSet<>();
    for (String s : lines("non-instruments.txt")) {
      nonInstruments.add(s.toLowerCase(Locale.ROOT));
    }
    Set<String> others = new HashSet<>();
    for (String s : lines("other-names.txt")) {
      others.add(s.toLowerCase(Locale.ROOT));
    }
    otherNames = Set.copyOf(others);
    namedParts = words("named-parts.txt");
    List<KnownInstrument> known = new ArrayList<>();
    for (String[] f : table("known-instruments.tsv", 4)) {
      List<String> acr = f[3].equals("-") ? List.of() : List.of(f[3].split(","));
      known.add(new KnownInstrument(f[0], InstrumentKind.fromWire(f[1]), f[2], acr));
    }
    knownInstruments = List.copyOf(known);
    kindlessKnown = known.stream()
        .filter(k -> Arrays.stream(k.title().split("[^\\p{L}]+")).noneMatch(x -> kinds.containsKey(x.toLowerCase(Locale.ROOT))))
        .toList();
    internationalNameCues = List.copyOf(lines("international-name-cues.txt"));
    internationalParties = List.copyOf(lines("international-parties.txt"));
    Set<InstrumentKind> ik = new HashSet<>();
    for (String s : lines("international-kinds.txt")) {
      ik.add(InstrumentKind.fromWire(s));
    }
    internationalKinds = Set.copyOf(ik);
    List<JurisdictionCue> cues = new ArrayList<>();
    for (String[] f : table("document-jurisdiction-cues.tsv", 3)) {
      cues.add(new JurisdictionCue(f[0], f[1], Integer.parseInt(f[2]), false));
    }
    cues.addAll(stateCourtCues(cues, lines("state-court-heads.txt")));
    jurisdictionCues = List.copyOf(cues);
    abbreviations = words("abbreviations.txt");
    descriptiveStopWords = words("descriptive-stop-words.txt");
    complementStopWords = words("complement-stop-words.txt");
    treatySeries = words("treaty-series.txt");
    Set<InstrumentKind> dk = new HashSet<>();
    for (String k : lines("document-jurisdiction-kinds.txt")) {
      dk.add(InstrumentKind.fromWire(k));
    }
    documentJurisdictionKinds = Set.copyOf(dk);
    Set<String> untitled = new HashSet<>();
    for (String s : lines("untitled-names.txt")) {
      untitled.add(s.toLowerCase(Locale.ROOT));
    }
    untitledNames = Set.copyOf(untitled);
    List<List<String>> described = new ArrayList<>();
    for (String s : lines("described-instruments.txt")) {
      described.add(List.of(s.split(" ")));
    }
    describedInstruments = List.copyOf(described);
    stateOnlyTitles = List.copyOf(lines("state-only-titles.txt"));
    kindCompounds = words("kind-compounds.txt");
  }

  /** Reads every data file; fails loudly when one is missing or malformed. */
  static CitationLexicon load() {
    return new CitationLexicon();
  }

  KindWord kind(String word) {
    return kinds.get(word.toLowerCase(Locale.ROOT));
  }

  ProvisionUnit unit(String word) {
    return units.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether only a US state issues an instrument of this title ("Penal Code", "Assembly Bill 46"). */
  boolean stateOnly(String title) {
    for (String t : stateOnlyTitles) {
      if (title.equals(t) || title.startsWith(t + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The known instrument that {@code acronym} stands for, or null. */
  KnownInstrument knownByAcronym(String acronym) {
    for (KnownInstrument k : knownInstruments) {
      if (k.acronyms().contains(acronym)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Known instruments whose title holds no kind word ("United States Munitions List"): no kind word
   * anchors them, so they are found by their title written whole.
   */
  List<KnownInstrument> kindlessKnownInstruments() {
    return kindlessKnown;
  }

  KnownInstrument knownByTitle(String title) {
    for (KnownInstrument k : knownInstruments) {
      if (k.title().equalsIgnoreCase(title)) {
        return k;
      }
    }
    return null;
  }

  private static Set<String> words(String file) {
    return Set.copyOf(lines(file));
  }

  private static List<String[]> table(String file, int columns) {
    return LexiconFile.rows(DIR + file, columns);
  }

  /** The weight a state's highest court named with its state adds to the place's own cue. */
  static final int STATE_COURT_WEIGHT = 2;

  /**
   * A state's highest court named with its state ("Constitutional Court of Ukraine", "Supreme Court of
   * the Republic of Moldova"): a cue of that state, for each country cue of positive weight (US states
   * and international bodies excepted: a state supreme court is no country's, "INT" no state's).
   * A court the list already weighs ("Supreme Court of Canada") is not counted twice.
   */
  private static List<JurisdictionCue> stateCourtCues(List<JurisdictionCue> cues, List<String> heads) {
    Set<String> listed = new HashSet<>();
    for (JurisdictionCue c : cues) {
      listed.add(c.phrase());
    }
    List<JurisdictionCue> out = new ArrayList<>();
    for (JurisdictionCue c : cues) {
      if (c.weight() <= 0 || c.code().startsWith("US") || c.code().equals("INT")) {
        continue;
      }
      for (String head : heads) {
        for (String phrase : List.of(head + " of " + c.phrase(), head + " of the " + c.phrase())) {
          if (!listed.contains(phrase)) {
            out.add(new JurisdictionCue(phrase, c.code(), STATE_COURT_WEIGHT, true));
          }
        }
      }
    }
    return out;
  }

  private static List<String> lines(String file) {
    return LexiconFile.lines(DIR + file);
  }
}
