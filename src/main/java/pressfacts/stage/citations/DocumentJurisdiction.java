package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state a document speaks of, for instruments whose own words name none ("Criminal Code",
 * "Presidential decree"): each cue of document-jurisdiction-cues.tsv found in the text adds its
 * weight to its code; the highest sum wins. A tie or a sum below {@link #MIN_SCORE} gives null
 * (unknown), as the contract asks rather than a guess.
 */
final class DocumentJurisdiction {
  static final int MIN_SCORE = 2;

  /**
   * {@code firstRun} / {@code lastRun}: the phrase's leading / trailing run of word characters, or null
   * when it starts / ends with none.
   */
  private record Cue(String phrase, Pattern pattern, String code, int weight, String firstRun, String lastRun,
      boolean stateCourt) {
  }

  /** One cue found in a text: where, for which state, with what weight. */
  private record Hit(int offset, String code, int weight) {
  }

  /**
   * The cues found in one text, found once: the document's state and each paragraph's are sums
   * over them, so a document with many citations is not scanned again for each.
   */
  final class Cues {
    private final String text;
    private final List<Hit> hits;
    private final String documentCode;
    private final String documentState;

    private Cues(String text, List<Hit> hits) {
      this.text = text;
      this.hits = hits;
      Map<String, Integer> all = scores(0, text.length());
      this.documentCode = best(all);
      all.keySet().removeIf(code -> !code.startsWith(US_STATE_PREFIX));
      this.documentState = best(all);
    }

    /**
     * The US state the document names most (its ISO 3166-2 code), or null: for an instrument only a
     * state issues, in a county's release that speaks more of its federal partners than of its state.
     */
    String state() {
      return documentState;
    }

    /** The document's jurisdiction code, or null. */
    String document() {
      return documentCode;
    }

    /**
     * The state of the paragraph holding {@code offset} when the paragraph names exactly one
     * (a release about a foreign delegation tells of its host's law in a paragraph that names the
     * host only), else the document's.
     */
    String at(int offset) {
      int from = text.lastIndexOf("\n\n", offset);
      from = from < 0 ? 0 : from;
      int to = text.indexOf("\n\n", offset);
      to = to < 0 ? text.length() : to;
      Map<String, Integer> local = scores(from, to);
      return local.size() == 1 ? local.keySet().iterator().next() : documentCode;
    }

    private Map<String, Integer> scores(int from, int to) {
      Map<String, Integer> score = new TreeMap<>();
      for (Hit h : hits) {
        if (h.offset() >= from && h.offset() < to) {
          score.merge(h.code(), h.weight(), Integer::sum);
        }
      }
      return score;
    }
  }

  /**
   * A US postal address's state and ZIP code ("Dallas, Texas 75207" names its state as a word; "San Diego,
   * CA 92101" as its postal code, which is the ISO 3166-2 code without "US-").
   */
  private static final Pattern POSTAL_ADDRESS = Pattern.compile(", ([A-Z]{2}),? \\d{5}(?:-\\d{4})?(?!\\d)");
  /**
   * The office's own address names the state whose law it applies, as surely as a state court or
   * prosecutor does (weight 3); counted once per state, as a contact block repeats on a page. A
   * federal office's address is outweighed by the federal cues that its release repeats.
   */
  static final int POSTAL_ADDRESS_WEIGHT = 3;
  private static final String US_STATE_PREFIX = "US-";

  private final List<Cue> cues;
  /** The US states' ISO 3166-2 codes that the cues name ("US-CA"): a postal code is read only for these. */
  private final Set<String> usStates;

  DocumentJurisdiction(CitationLexicon lex) {
    List<Cue> out = new ArrayList<>();
    Set<String> states = new HashSet<>();
    for (CitationLexicon.JurisdictionCue c : lex.jurisdictionCues) {
      if (c.code().startsWith(US_STATE_PREFIX)) {
        states.add(c.code());
      }
      // word boundaries that also hold for cues ending in a dot ("U.S.")
      out.add(new Cue(c.phrase(), Pattern.compile("(?<![\\w.])" + Pattern.quote(c.phrase()) + "(?!\\w)"), c.code(),
          c.weight(), firstRun(c.phrase()), lastRun(c.phrase()), c.stateCourt()));
    }
    cues = List.copyOf(out);
    usStates = Set.copyOf(states);
  }

  /**
   * Every cue of {@code matchingText}; a cue whose words do not occur at all is not run as a pattern.
   * The text's word runs are read once: a cue that starts with a word character can only match where
   * a whole run of the text equals its first run (the pattern's boundaries make it start and end
   * one), and likewise its last, so most cues are ruled out by set look-ups instead of a scan of the
   * text each (the state courts, "Supreme Court of X" for every state X, share their first runs).
   */
  Cues find(String matchingText) {
    List<Hit> hits = new ArrayList<>();
    Set<String> runs = wordRuns(matchingText);
    Hit dateline = dateline(matchingText);
    for (Cue c : cues) {
      // a release written from a place names its state so; the courts it names may then be its guests'
      if (c.stateCourt() && dateline != null) {
        continue;
      }
      if (c.firstRun() != null && !runs.contains(c.firstRun()) || c.lastRun() != null && !runs.contains(c.lastRun())
          || !matchingText.contains(c.phrase())) {
        continue;
      }
      Matcher m = c.pattern().matcher(matchingText);
      while (m.find()) {
        hits.add(new Hit(m.start(), c.code(), c.weight()));
      }
    }
    hits.addAll(postalAddresses(matchingText));
    if (dateline != null) {
      hits.add(dateline);
    }
    return new Cues(matchingText, hits);
  }

  /**
   * A dateline: a line that opens with a place in capitals and a comma, dash or colon ("KUALA LUMPUR,
   * March 4 —", "PUTRAJAYA:"). The cues are matched case-sensitively, so the capitals miss the place's
   * cue; the first such line that names a cued place is read as that place. Only places written in
   * mixed case in the cue list count (not acronyms such as "FBI" that open a sentence in capitals).
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[ \\t]*([A-Z][A-Z'.\\-]*(?: [A-Z][A-Z'.\\-]*){0,3})[ \\t]*(?:,|:|[ \\t][\u2014\u2013-][ \\t])");
  /**
   * A dateline that a scraped page ran onto the headline's line: a place in capitals, a comma and a
   * month with its day ("... Murder Charge KUALA LUMPUR, Jan 5 — ", "SINGAPORE, July 7, 2024 /CNW/").
   */
  private static final Pattern DATELINE_INLINE = Pattern.compile(
      "(?<![\\w.'])([A-Z][A-Z'.\\-]*(?: [A-Z][A-Z'.\\-]*){0,3}), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?!\\d)");
  /**
   * A dateline in mixed case at a line's start: a place, a comma and a date with its month ("Vilnius,
   * 14 April 2023", "Chisinau, 3.05.2023", "Ulaanbaatar, March 4, 2024"). Without the date after the
   * comma a place opening a line is prose ("Baku, the capital, ..."), not the place written from.
   */
  private static final Pattern DATELINE_MIXED = Pattern.compile(
      "(?m)^[ \\t]*([A-Z][\\p{L}'.\\-]*(?: [A-Z][\\p{L}'.\\-]*){0,2}), (?=\\d{1,2}(?:\\.\\d{1,2}\\.\\d{4}| [A-Z][a-z]+,? \\d{4})"
      + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?!\\d))");
  /**
   * The place a release is written from names its state as surely as the state's formal name does
   * (weight 2, as a US dateline's state abbreviation "Calif."): a court report dated from a capital
   * cites that state's code without naming the state again.
   */
  static final int DATELINE_WEIGHT = 2;

  /** The first dateline that names a cued place, as a cue of its state, or null. */
  private Hit dateline(String matchingText) {
    Hit atLineStart = dateline(DATELINE.matcher(matchingText), false, false);
    if (atLineStart == null) {
      atLineStart = dateline(DATELINE_INLINE.matcher(matchingText), true, false);
    }
    return atLineStart != null ? atLineStart : dateline(DATELINE_MIXED.matcher(matchingText), false, true);
  }

  /**
   * {@code lastWords}: the place may be the last words of the capitals only (a headline in capitals
   * that the dateline follows on its line: "MAN CHARGED KUALA LUMPUR, Jan 5"). {@code cueCounted}: the
   * place is written in mixed case, so its cue has matched too.
   */
  private Hit dateline(Matcher m, boolean lastWords, boolean cueCounted) {
    while (m.find()) {
      String run = m.group(1);
      for (int from = 0; from >= 0; from = lastWords ? run.indexOf(' ', from) : -1) {
        String place = from == 0 ? run : run.substring(from + 1);
        for (Cue c : cues) {
          if (c.weight() > 0 && !c.stateCourt() && !c.phrase().equals(c.phrase().toUpperCase(Locale.ROOT))
              && c.phrase().equalsIgnoreCase(place)) {
            // a place in mixed case has counted as a cue already: the dateline adds what brings it to its weight
            int weight = Math.max(DATELINE_WEIGHT, c.weight()) - (cueCounted ? c.weight() : 0);
            return new Hit(m.start(1) + run.length() - place.length(), c.code(), weight);
          }
        }
        if (from > 0) {
          from++;
        }
      }
    }
    return null;
  }

  /** The first postal address of each US state in the text, as cues of that state. */
  private List<Hit> postalAddresses(String matchingText) {
    List<Hit> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Matcher m = POSTAL_ADDRESS.matcher(matchingText);
    while (m.find()) {
      String code = US_STATE_PREFIX + m.group(1);
      if (usStates.contains(code) && seen.add(code)) {
        out.add(new Hit(m.start(1), code, POSTAL_ADDRESS_WEIGHT));
      }
    }
    return out;
  }

  /** A regex word character ({@code \\w}: ASCII letters, digits, underscore). */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static String firstRun(String phrase) {
    int i = 0;
    while (i < phrase.length() && isWordChar(phrase.charAt(i))) {
      i++;
    }
    return i == 0 ? null : phrase.substring(0, i);
  }

  private static String lastRun(String phrase) {
    int i = phrase.length();
    while (i > 0 && isWordChar(phrase.charAt(i - 1))) {
      i--;
    }
    return i == phrase.length() ? null : phrase.substring(i);
  }

  /** The maximal runs of word characters in {@code text}. */
  private static Set<String> wordRuns(String text) {
    Set<String> runs = new HashSet<>();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      runs.add(text.substring(start, i));
    }
    return runs;
  }

  /** The document's jurisdiction code, or null. */
  String of(String matchingText) {
    return find(matchingText).document();
  }

  private static String best(Map<String, Integer> score) {
    String best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : score.entrySet()) {
      if (e.getValue() > top) {
        best = e.getKey();
        top = e.getValue();
        tie = false;
      } else if (e.getValue() == top) {
        tie = true;
      }
    }
    return tie || top < MIN_SCORE ? null : best;
  }
}
