package pressfacts.stage.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  private final Pattern pattern;
  /** The same pattern taking as few modifiers as it can: "Special Agent in Charge" is one title, not "Special" + "Agent". */
  private final Pattern fewestModifiers;
  private final Set<String> domainTitles;
  /** Plurals in "-men" of the titles in "-man" ("chairmen"), found as titles of their own. */
  private final Set<String> menPlurals;
  /** After a company's quoted name: the closing quote and its legal form ('"X" LLC'). */
  private final Pattern companyFormAfter;

  /** The confidence of each role shape, by name (lexicon/roles/shapes.tsv). */
  private final java.util.Map<String, Double> shapeConfidence;

  private TitleLexicon(List<String> titles, Set<String> domainTitles, List<String> modifiers, List<String> companyForms,
                       java.util.Map<String, Double> shapeConfidence) {
    this.shapeConfidence = java.util.Map.copyOf(shapeConfidence);
    this.companyFormAfter = Pattern.compile("[\"\u201d\u00bb]\\s*(?:"
        + String.join("|", companyForms.stream().map(Pattern::quote).toList()) + ")\\b\\.?", Pattern.CASE_INSENSITIVE);
    this.domainTitles = Set.copyOf(domainTitles);
    this.menPlurals = Set.copyOf(titles.stream().filter(t -> t.endsWith("man"))
        .map(t -> t.substring(0, t.length() - 3) + "men").toList());
    List<String> sorted = new ArrayList<>(titles);
    sorted.addAll(menPlurals);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    String title = "(?:" + String.join("|", sorted.stream().map(TitleLexicon::words).toList()) + ")";
    String modifier = "(?:(?:" + String.join("|", modifiers.stream().map(Pattern::quote).toList()) + ")[ -])*";
    // Group "title": the whole title as written; group "plural": a plural "s"; group "base": the title word(s).
    this.pattern = Pattern.compile("(?<![\\p{L}'])(?<title>" + modifier + "(?<base>" + title + ")(?<plural>s)?)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
    this.fewestModifiers = Pattern.compile("(?<![\\p{L}'])(?<title>" + modifier + "?(?<base>" + title + ")(?<plural>s)?)(?![\\p{L}])",
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
    for (String[] p : LexiconFile.rows(DIR + "titles.tsv", 1, 2)) {
      String t = p[0].trim().toLowerCase(Locale.ROOT);
      titles.add(t);
      if (p.length > 1 && p[1].trim().equals("domain")) {
        domain.add(t);
      }
    }
    java.util.Map<String, Double> shapes = new java.util.HashMap<>();
    for (String[] p : LexiconFile.rows(DIR + "shapes.tsv", 3)) {
      shapes.put(p[0].trim(), Double.parseDouble(p[2].trim()));
    }
    return new TitleLexicon(titles, domain, lines("title-modifiers.txt").stream().map(String::trim).toList(),
        common.companyForms(), shapes);
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
  }

  /**
   * The first title at or after {@code from}, the longest one that starts there: modifiers taken
   * greedily ("Senior Deputy District Attorney") or as few as possible when that gives a longer title
   * ("Special Agent in Charge", not the modifier "Special" and the title "Agent"). Null when none is left.
   */
  Found next(String match, int from) {
    Matcher m = pattern.matcher(match);
    if (from > match.length() || !m.find(from)) {
      return null;
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

  /** Is this title (its base) a plural in "-men" ("chairmen", "Spokesmen")? */
  boolean isMenPlural(String base) {
    return menPlurals.contains(base.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
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
