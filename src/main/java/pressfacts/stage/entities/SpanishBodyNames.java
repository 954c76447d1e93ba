package pressfacts.stage.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * Bodies named in Spanish, as US county prosecutors' pages write them in their Spanish news items:
 * "Fiscalía del Distrito del Condado de Orange", "Oficina del Fiscal de Distrito del Condado de
 * Dallas", "Unidad de Trata de Personas de la Fiscalía del Condado de Dallas". A capitalised head
 * (lexicon/entities/spanish-body-heads.txt) and its "de"/"del"/"de la" complements are one maximal
 * name (ANNOTATION.md: the "of"-complements belong to it, and the place inside it is no mention of
 * its own). The English finder reads "de" as no link, so it kept a part ("Condado de Orange") that a
 * title-case headline then ran on ("... Solicitan Información Sobre el Incidente"): such candidates
 * give way to the whole Spanish name.
 *
 * <p>A complement followed by another link is taken whole; the last one is the place or field that
 * closes the name: one word, or two when the first opens a two-word place ("San Diego") or when the
 * two end the phrase ("Unidad de Asalto Sexual."). Otherwise the second word is the headline's or
 * the sentence's ("Condado de Dallas Lanza una Nueva Unidad").
 */
final class SpanishBodyNames {
  /** A word with what sticks to it (brackets, commas, quotes), between white space. */
  private static final Pattern WORD = Pattern.compile("\\S+");
  /** The letters of a word, without punctuation around them. */
  private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\p{M}'-]*\\p{L}|\\p{L}");
  /** Words after a head and before its first link: "Fiscalía General del Estado". */
  private static final int MOST_WORDS_AFTER_HEAD = 2;
  /** The links and the articles that may follow "de": never a word of the name's own. */
  private static final Set<String> LINKS = Set.of("de", "del", "la", "los", "las");
  private static final Set<String> ARTICLES = Set.of("la", "los", "las");

  private final Set<String> heads;
  private final Set<String> placeOpeners;

  SpanishBodyNames() {
    this.heads = folded(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "spanish-body-heads.txt"));
    this.placeOpeners = folded(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "spanish-place-openers.txt"));
  }

  /** The candidates with the Spanish names in, and those that overlap one out; the same list when none. */
  List<CharSpan> apply(String match, List<CharSpan> orgs) {
    return apply(orgs, find(match));
  }

  /** {@link #apply(String, List)} with the text's Spanish names ({@link #find}) read once for both steps. */
  static List<CharSpan> apply(List<CharSpan> orgs, List<CharSpan> names) {
    return WholeNames.overCandidates(orgs, names);
  }

  /** A link and its article at the end of a text ("Nikki Buracchio de la"), with the white space around. */
  private static final Pattern TRAILING_LINK = Pattern.compile("(?i)\\s+(?:de(?:\\s+(?:la|los|las))?|del)\\s*$");

  /**
   * The persons' candidates with those that ran into a Spanish body's name through its link cut before
   * the link ("la fiscal asistente Nikki Buracchio de la Unidad de Asalto Sexual": "de la" is read as a
   * name's particle, as in "Jean Richard de la Tour", but here a body follows it); the same list when none.
   */
  List<CharSpan> withoutBodies(String match, List<CharSpan> persons) {
    return withoutBodies(match, find(match), persons);
  }

  /** {@link #withoutBodies(String, List)} with the text's Spanish names ({@link #find}) already read. */
  static List<CharSpan> withoutBodies(String match, List<CharSpan> names, List<CharSpan> persons) {
    if (names.isEmpty()) {
      return persons;
    }
    List<CharSpan> out = new ArrayList<>(persons.size());
    for (CharSpan p : persons) {
      CharSpan kept = p;
      for (CharSpan n : names) {
        if (p.start() < n.start() && n.start() < p.end()) {
          Matcher m = TRAILING_LINK.matcher(match.substring(p.start(), n.start()));
          kept = m.find() && m.start() > 0 ? new CharSpan(p.start(), p.start() + m.start()) : null;
          break;
        }
      }
      if (kept != null) {
        out.add(kept);
      }
    }
    return out;
  }

  /** The Spanish bodies' names of a text, disjoint, in order. */
  List<CharSpan> find(String match) {
    List<Word> words = words(match);
    List<CharSpan> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = nameEnd(words, i);
      if (end > i) {
        out.add(new CharSpan(words.get(i).start, words.get(end).end));
        i = end + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The last word of the name that word {@code h} opens as its head, or {@code h} when it opens none. */
  private int nameEnd(List<Word> words, int h) {
    Word head = words.get(h);
    if (!head.capitalised() || !heads.contains(head.folded) || head.closes) {
      return h;
    }
    int j = h + 1;
    while (j < words.size() && j - h <= MOST_WORDS_AFTER_HEAD && words.get(j).capitalised() && !words.get(j).closes
        && joined(words, j)) {
      j++; // "Fiscalía General del": a word of the head's own, when a link follows
    }
    if (j - h > MOST_WORDS_AFTER_HEAD || link(words, j) < 0) {
      return h;
    }
    int end = h;
    while (true) {
      int from = link(words, j);
      if (from < 0) {
        return end;
      }
      int runEnd = from; // the capitalised words after the link, up to one that punctuation closes
      while (runEnd < words.size() && words.get(runEnd).capitalised() && !LINKS.contains(words.get(runEnd).folded)
          && joined(words, runEnd)) {
        runEnd++;
        if (words.get(runEnd - 1).closes) {
          break;
        }
      }
      int run = runEnd - from;
      if (run == 0) {
        return end;
      }
      boolean closed = words.get(runEnd - 1).closes || runEnd == words.size() || !joined(words, runEnd);
      if (!closed && link(words, runEnd) >= 0) {
        end = runEnd - 1; // another complement follows: this one is inside the name
        j = runEnd;
        continue;
      }
      boolean twoWordPlace = run >= 2 && placeOpeners.contains(words.get(from).folded);
      return from + (twoWordPlace || run == 2 && closed ? 1 : 0);
    }
  }

  /**
   * Is word {@code j} joined to the word before it: no punctuation between them, and the same line, or
   * a line break right after a link, which the name must go on from ("Centro de Defensa de los\nNiños").
   */
  private static boolean joined(List<Word> words, int j) {
    return j > 0 && j < words.size() && !words.get(j - 1).closes && !words.get(j).opens
        && (words.get(j).sameLine || LINKS.contains(words.get(j - 1).folded));
  }

  /** The first word after a link ("de", "del", "de la", "de los", "de las") at word {@code j}, or -1. */
  private static int link(List<Word> words, int j) {
    if (!joined(words, j) || words.get(j).closes) {
      return -1;
    }
    String w = words.get(j).folded;
    if (w.equals("del")) {
      return joined(words, j + 1) ? j + 1 : -1;
    }
    if (!w.equals("de")) {
      return -1;
    }
    if (joined(words, j + 1) && !words.get(j + 1).closes && ARTICLES.contains(words.get(j + 1).folded)) {
      return joined(words, j + 2) ? j + 2 : -1;
    }
    return joined(words, j + 1) ? j + 1 : -1;
  }

  private static List<Word> words(String match) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(match);
    Matcher l = LETTERS.matcher(match); // searched within each word's region: no copy of the word made
    int prevEnd = 0;
    while (m.find()) {
      l.region(m.start(), m.end());
      if (!l.find()) {
        prevEnd = m.end();
        out.add(new Word("", "", m.start(), m.end(), true, true, false));
        continue;
      }
      int s = l.start();
      int e = l.end();
      boolean sameLine = true;
      for (int k = prevEnd; k < m.start() && sameLine; k++) {
        sameLine = match.charAt(k) != '\n';
      }
      String letters = l.group();
      out.add(new Word(letters, fold(letters), s, e, s > m.start(), e < m.end(), sameLine));
      prevEnd = m.end();
    }
    return out;
  }

  /**
   * A word's letters: {@code opens} when punctuation stands before them in the same piece ("(Unidad"),
   * {@code closes} when after ("Personas),"); {@code sameLine} when no line break stands before it.
   */
  private record Word(String text, String folded, int start, int end, boolean opens, boolean closes, boolean sameLine) {
    boolean capitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
  }

  private static Set<String> folded(List<String> lines) {
    return Set.copyOf(lines.stream().map(String::trim).map(SpanishBodyNames::fold).toList());
  }

  /** The combining marks that NFD splits off accented letters. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  /**
   * Lower case without accents: "Fiscalía" and "FISCALIA" are one head. Every word of a text is folded, and
   * most are ASCII, which NFD leaves as they are and which hold no mark: those are only lower-cased.
   */
  private static String fold(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
      }
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
