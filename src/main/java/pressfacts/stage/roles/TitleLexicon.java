package pressfacts.stage.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.lexicon.Lexicons;
import pressfacts.text.LexiconFile;

/**
 * The titles of the role stage, loaded once from {@code lexicon/roles/}, compiled into one
 * pattern: optional modifiers, a title (longest first), an optional plural "s" (or "-men" for a title
 * ending in "-man": "chairmen"), and for titles that take a domain, "of" plus capitalised words.
 */
public final class TitleLexicon {
  static final String DIR = "/pressfacts/lexicon/roles/";
  /**
   * A civil-service grade written after a singular title, in capitals ("Deputy District Attorney III", "Paralegal II"):
   * part of the post as written (ANNOTATION Roles; real/dev gold 'Deputy District Attorney III'). Not "I" (the pronoun:
   * "as a Paralegal I worked") nor "V", and not an initial ("II." ends no grade).
   */
  private static final String GRADE = "(?-i:[ \\t]+(?:II|III|IV)(?![\\p{L}.]))";

  /**
   * A plural written as a possessive at a line's end, its names on the lines after ("Assistant State's Attorney's" /
   * "A" / "and" / "B", a page that links each name on a line of its own): the posts of the names that follow, as
   * "Assistant State's Attorneys" (ANNOTATION Roles: plural titles give one role per name, in the singular). Only at a
   * line's end: in running text "Attorney's" is the office's possessive ("the District Attorney's Homicide Bureau").
   */
  private static final String POSSESSIVE_PLURAL = "['\u2019]s(?=[ \\t]*\\R)";

  private final Pattern pattern;
  /** The same pattern taking as few modifiers as it can: "Special Agent in Charge" is one title, not "Special" + "Agent". */
  private final Pattern fewestModifiers;
  private final Set<String> domainTitles;
  /** Titles that take a lower-case field after "of"/"for" ("senior advisor for cybercrime"): titles.tsv "field". */
  private final Set<String> fieldTitles;
  /** Last words of a name that is no holder ("Executive Team"): holder-stops.txt. */
  private final Set<String> holderStops;
  /** Titles that are a post only at a named body ("member"): titles.tsv "needs-body". */
  private final Set<String> bodyTitles;
  /** Plurals in "-men" of the titles in "-man" ("chairmen"), found as titles of their own. */
  private final Set<String> menPlurals;
  /** After a company's quoted name: the closing quote and its legal form ('"X" LLC'). */
  private final Pattern companyFormAfter;
  /** Plurals that put the "s" on the first word ("Advocates General", "Chiefs Justice"): titles.tsv "plural-first". */
  private final Set<String> firstWordPlurals;
  /** A run of modifiers ending where a search region ends ("Acting " in "Acting Brooklyn District Attorney"). */
  private final Pattern modifiersAtEnd;
  /**
   * The first one to three characters of every modifier and title (its first word's, at most three), case
   * folded as the patterns fold it, packed 16 bits a character and sorted, by their number less one: a
   * title can start only where one of them stands, so {@link #next} tries its pattern at those places only.
   */
  private final long[][] starts;

  /** The confidence of each role shape, by name (lexicon/roles/shapes.tsv). */
  private final Map<String, Double> shapeConfidence;

  private TitleLexicon(List<String> titles, Set<String> domainTitles, Set<String> fieldTitles, Set<String> pluralFirst,
                       Set<String> bodyTitles,
                       Set<String> holderStops, List<String> modifiers,
                       List<String> companyForms, Map<String, Double> shapeConfidence) {
    this.shapeConfidence = Map.copyOf(shapeConfidence);
    this.companyFormAfter = Pattern.compile("[\"\u201d\u00bb]\\s*(?:"
        + String.join("|", companyForms.stream().map(Pattern::quote).toList()) + ")\\b\\.?", Pattern.CASE_INSENSITIVE);
    this.domainTitles = Set.copyOf(domainTitles);
    this.fieldTitles = Set.copyOf(fieldTitles);
    this.bodyTitles = Set.copyOf(bodyTitles);
    this.holderStops = Set.copyOf(holderStops);
    this.menPlurals = Set.copyOf(titles.stream().filter(t -> t.endsWith("man"))
        .map(t -> t.substring(0, t.length() - 3) + "men").toList());
    List<String> sorted = new ArrayList<>(titles);
    sorted.addAll(menPlurals);
    this.firstWordPlurals = Set.copyOf(pluralFirst.stream().map(t -> t.replaceFirst(" ", "s ")).toList());
    sorted.addAll(firstWordPlurals);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    String title = "(?:" + String.join("|", sorted.stream().map(TitleLexicon::words).toList()) + ")";
    // A modifier joins its title over a space, a hyphen or a line break, as the words of a title do
    // ("Administrative\nChief" in a page wrapped at a fixed width).
    String modifier = "(?:(?:" + String.join("|", modifiers.stream().map(Pattern::quote).toList()) + ")(?:[ -]|[ \\t]*\\R[ \\t]*))*";
    // Group "title": the whole title as written; group "plural": a plural "s"; group "base": the title word(s).
    // Not glued to a word and a period before it either: "gov" in "www.justice.gov. A" is no "Gov." title.
    this.pattern = Pattern.compile("(?<![\\p{L}'])(?<!\\p{L}\\.)(?<title>" + modifier + "(?<base>" + title + ")(?:(?<plural>s|" + POSSESSIVE_PLURAL + ")|" + GRADE + ")?)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
    this.modifiersAtEnd = Pattern.compile("(?<![\\p{L}'])(?:(?:" + String.join("|", modifiers.stream().map(Pattern::quote).toList())
        + ")\\s+)+$", Pattern.CASE_INSENSITIVE);
    List<String> entries = new ArrayList<>(sorted);
    entries.addAll(modifiers);
    this.starts = starts(entries);
    this.fewestModifiers = Pattern.compile("(?<![\\p{L}'])(?<!\\p{L}\\.)(?<title>" + modifier + "?(?<base>" + title + ")(?:(?<plural>s|" + POSSESSIVE_PLURAL + ")|" + GRADE + ")?)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
  }

  /** Loads the shared vocabulary too; a pipeline passes its own to {@link #load(Lexicons)}. */
  public static TitleLexicon load() {
    return load(Lexicons.load());
  }

  /** The role stage's titles, with the company forms of the shared vocabulary. */
  public static TitleLexicon load(Lexicons common) {
    List<String> titles = new ArrayList<>();
    Set<String> domain = new HashSet<>();
    Set<String> field = new HashSet<>();
    Set<String> pluralFirst = new HashSet<>();
    Set<String> needsBody = new HashSet<>();
    for (String[] p : LexiconFile.rows(DIR + "titles.tsv", 1, 2)) {
      String t = p[0].trim().toLowerCase(Locale.ROOT);
      titles.add(t);
      if (p.length > 1 && p[1].trim().equals("domain")) {
        domain.add(t);
      }
      if (p.length > 1 && p[1].trim().equals("field")) {
        field.add(t);
      }
      if (p.length > 1 && p[1].trim().equals("needs-body")) {
        needsBody.add(t);
      }
      if (p.length > 1 && p[1].trim().equals("plural-first") && t.contains(" ")) {
        pluralFirst.add(t);
      }
    }
    Map<String, Double> shapes = new HashMap<>();
    for (String[] p : LexiconFile.rows(DIR + "shapes.tsv", 3)) {
      shapes.put(p[0].trim(), Double.parseDouble(p[2].trim()));
    }
    Set<String> stops = new HashSet<>(lines("holder-stops.txt").stream().map(w -> w.trim().toLowerCase(Locale.ROOT)).toList());
    return new TitleLexicon(titles, domain, field, pluralFirst, needsBody, stops,
        lines("title-modifiers.txt").stream().map(String::trim).toList(), common.companyForms(), shapes);
  }

  /** The confidence of a role read by the shape of this name (shapes.tsv); an unknown name is a programming error. */
  double confidence(String shape) {
    Double c = shapeConfidence.get(shape);
    if (c == null) {
      throw new IllegalArgumentException("no role shape '" + shape + "' in " + DIR + "shapes.tsv");
    }
    return c;
  }

  /** Finds titles in the matching form of a text. */
  Pattern pattern() {
    return pattern;
  }

  /**
   * One title found in a text: where it starts and ends, its base (the lexicon entry, lower case as
   * written), and where its plural "s" ends (-1 when singular).
   */
  record Found(int start, int end, int baseStart, int baseEnd, String base, int pluralEnd) {
    boolean plural() {
      return pluralEnd >= 0;
    }

    /** Where the plural ending starts in {@code match}: its "s", or the apostrophe of a possessive plural ("Attorney's"). */
    int pluralStart(CharSequence match) {
      char before = match.charAt(pluralEnd - 2);
      return before == '\'' || before == '\u2019' ? pluralEnd - 2 : pluralEnd - 1;
    }
  }

  /**
   * The first title at or after {@code from}, the longest one that starts there: modifiers taken
   * greedily ("Senior Deputy District Attorney") or as few as possible when that gives a longer title
   * ("Special Agent in Charge", not the modifier "Special" and the title "Agent"). Null when none is left.
   */
  Found next(String match, int from) {
    Matcher m = pattern.matcher(match).useTransparentBounds(true);
    int at = from;
    while (at < match.length() && !(mayStartAt(match, at) && m.region(at, match.length()).lookingAt())) {
      at++;
    }
    if (at >= match.length()) {
      return null; // as find(from) past every place: a title is never empty
    }
    Matcher few = fewestModifiers.matcher(match).region(m.start(), match.length());
    few.useTransparentBounds(true);
    Matcher best = few.lookingAt() && few.end() > m.end() ? few : m;
    return new Found(best.start("title"), best.end("title"), best.start("base"), best.end("base"), best.group("base"),
        best.group("plural") == null ? -1 : best.end("plural"));
  }

  /** The closing quote and legal form after a company's quoted name ('"X" LLC'). */
  Pattern companyFormAfter() {
    return companyFormAfter;
  }

  /** Does this title (its base, lower case) take a domain ("Minister of Justice")? */
  boolean takesDomain(String base) {
    String b = base.toLowerCase(Locale.ROOT);
    return domainTitles.contains(isMenPlural(b) ? b.substring(0, b.length() - 3) + "man" : b);
  }

  /** Does this title (its base, lower case) take a field after "of"/"for" ("advisor for cybercrime")? */
  boolean takesField(String base) {
    return fieldTitles.contains(base.toLowerCase(Locale.ROOT));
  }

  /** Can a PERSON mention of this text hold a post? Not when its last word names a body ("Executive Team"). */
  boolean canHold(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return !holderStops.contains(last);
  }

  /** Is this title (its base, singular or plural) a post only at a named body ("member")? */
  boolean needsBody(String base) {
    String b = base.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return bodyTitles.contains(b) || b.endsWith("s") && bodyTitles.contains(b.substring(0, b.length() - 1));
  }

  /** Is this title (its base) a plural with the "s" on its first word ("Advocates General")? */
  boolean isFirstWordPlural(String base) {
    return firstWordPlurals.contains(base.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  /**
   * Where a run of title modifiers that ends at {@code end} (after its space) starts, or {@code end} when
   * there is none: "Acting " before "Brooklyn District Attorney".
   */
  int modifiersBefore(String match, int end) {
    Matcher m = modifiersAtEnd.matcher(match).region(Math.max(0, end - 80), end);
    return m.find() ? m.start() : end;
  }

  /** Is this title (its base) a plural in "-men" ("chairmen", "Spokesmen")? */
  boolean isMenPlural(String base) {
    return menPlurals.contains(base.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  /** {@link #starts} of these modifiers and titles. */
  private static long[][] starts(List<String> entries) {
    List<TreeSet<Long>> byLength = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    for (String e : entries) {
      int space = e.indexOf(' ');
      int n = Math.min(3, space < 0 ? e.length() : space);
      if (n > 0) {
        byLength.get(n - 1).add(startKey(e, 0, n));
      }
    }
    long[][] out = new long[3][];
    for (int k = 0; k < 3; k++) {
      out[k] = byLength.get(k).stream().mapToLong(Long::longValue).toArray();
    }
    return out;
  }

  /**
   * {@code n} characters from {@code at}, packed; each folded as a CASE_INSENSITIVE pattern (without
   * UNICODE_CASE) compares it: A-Z to a-z, any other character as it is.
   */
  private static long startKey(String s, int at, int n) {
    long key = 0;
    for (int i = at; i < at + n; i++) {
      char c = s.charAt(i);
      key = key << 16 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return key;
  }

  /**
   * Can a title start at {@code at}? Not right after a letter or an apostrophe (the pattern's look-behind;
   * a surrogate is left to the pattern), and only where the first word of a modifier or title stands, as far
   * as {@link #starts} tells.
   */
  private boolean mayStartAt(String match, int at) {
    char before = at > 0 ? match.charAt(at - 1) : ' ';
    if (!Character.isSurrogate(before) && (Character.isLetter(before) || before == '\'')) {
      return false;
    }
    if (before == '.' && at > 1 && Character.isLetter(match.charAt(at - 2))) {
      return false; // "justice.gov": a word and a period glued before it (the pattern's second look-behind)
    }
    for (int n = 1; n <= 3 && at + n <= match.length(); n++) {
      if (starts[n - 1].length > 0 && Arrays.binarySearch(starts[n - 1], startKey(match, at, n)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A lexicon entry as a pattern: words joined by any run of spaces. */
  private static String words(String entry) {
    List<String> parts = new ArrayList<>();
    for (String w : entry.split(" ")) {
      parts.add(Pattern.quote(w));
    }
    return String.join("\\s+", parts);
  }

  private static List<String> lines(String name) {
    return LexiconFile.lines(DIR + name);
  }
}
