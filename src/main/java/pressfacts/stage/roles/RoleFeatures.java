package pressfacts.stage.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Mention;

/**
 * The features the linker's model reads for one candidate, as "name=value" strings: where it comes from,
 * its shape and whether the rule path settles on it; the person's side of the title, the words and
 * punctuation between them and the other persons between (its place in a list); the organization's side,
 * distance, gap and punctuation, and whether it is the nearest one; the title's form. No word of a name or
 * a title is a feature: a few dozen documents are too few to learn words from (a two-fold check by site
 * fell with head words in). Only the matching text and the document's mentions are read, so the same
 * candidate always gets the same features.
 */
final class RoleFeatures {
  /** A run of letters or digits: one word of a gap. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** A title with a domain or complement after its head ("Minister of Justice", "Adviser on ..."). */
  private static final Pattern TITLE_TAIL = Pattern.compile("\\s+(?:of|for|on|to|in|at)\\s.*$", Pattern.CASE_INSENSITIVE);
  /** A gap of more words than this is told only by its length and punctuation. */
  private static final int SHORT_GAP_WORDS = 3;

  private final MentionIndex index;

  RoleFeatures(MentionIndex index) {
    this.index = index;
  }

  /** {@code settled}: whether the rule path's settle step keeps the candidate's role. */
  List<String> of(RoleCandidate c, boolean settled) {
    String match = index.match();
    List<String> f = new ArrayList<>();
    String shape = c.shape();
    String source = c.source().name();
    f.add("settled=" + settled);
    f.add("settled+shape=" + settled + "+" + shape);
    f.add("settled+src=" + settled + "+" + source);
    f.add("src=" + source);
    f.add("shape=" + shape);
    f.add("shape+src=" + shape + "+" + source);
    CharSpan title = c.titleSpan();
    CharSpan person = c.personMention().span();
    String pSide = side(person, title);
    String pGap = gap(match, person, title);
    f.add("p=" + pSide);
    f.add("p+shape=" + pSide + "+" + shape);
    f.add("pw=" + bucket(words(pGap)));
    f.add("pg=" + gapShape(pGap));
    f.add("pg+p=" + gapShape(pGap) + "+" + pSide);
    punctuation("pp", pGap, f);
    CharSpan context = index.context(c.sentence(), title);
    List<MentionIndex.At> persons = index.persons(context);
    List<MentionIndex.At> orgs = index.orgs(context);
    int between = between(persons, person, title);
    f.add("plist=" + Math.min(between, 3));
    f.add("pnear=" + (between == 0));
    f.add("sentpersons=" + Math.min(distinct(persons), 4));
    // the title's class by its form, not its words (see above)
    f.add("tdomain=" + TITLE_TAIL.matcher(c.title()).find());
    f.add("twords=" + Math.min(words(c.title()), 5));
    f.add("tcap=" + Character.isUpperCase(c.title().charAt(0)));
    if (c.org() == null) {
      f.add("o=none");
      f.add("o=none+shape=" + shape);
      f.add("sentorgs=" + Math.min(distinct(orgs), 4) + "+none");
      return f;
    }
    Mention org = nearest(c.org().mentions(), title);
    String oSide = side(org.span(), title);
    String oGap = gap(match, org.span(), title);
    f.add("o=" + oSide);
    f.add("o+p=" + oSide + "+" + pSide);
    f.add("o+shape=" + oSide + "+" + shape);
    f.add("ow=" + bucket(words(oGap)));
    f.add("og=" + gapShape(oGap));
    f.add("og+o=" + gapShape(oGap) + "+" + oSide);
    punctuation("op", oGap, f);
    int orgsBetween = between(orgs, org.span(), title);
    f.add("onear=" + (orgsBetween == 0));
    f.add("opersons=" + Math.min(between(persons, org.span(), title), 2));
    // the organization beyond the person, or the person beyond the organization, on the same side
    f.add("o-vs-p=" + (oSide.equals(pSide) ? (org.span().compareTo(person) < 0 == oSide.equals("before") ? "org-farther" : "org-nearer")
        : "opposite"));
    f.add("sentorgs=" + Math.min(distinct(orgs), 4));
    f.add("osame=" + c.org().mentions().stream().anyMatch(m -> context.contains(m.span())));
    return f;
  }

  /** Where {@code s} stands to the title: "before", "after" or "inside" (overlapping it). */
  private static String side(CharSpan s, CharSpan title) {
    return s.end() <= title.start() ? "before" : s.start() >= title.end() ? "after" : "inside";
  }

  /** The text between two spans that do not overlap; empty when they do. */
  private static String gap(String match, CharSpan a, CharSpan b) {
    CharSpan first = a.compareTo(b) <= 0 ? a : b;
    CharSpan second = first == a ? b : a;
    return first.end() <= second.start() ? match.substring(first.end(), second.start()) : "";
  }

  /** A gap as a short form: its words in lower case and its punctuation, spaces dropped; long gaps by length. */
  static String gapShape(String gap) {
    if (words(gap) > SHORT_GAP_WORDS) {
      return "long";
    }
    String s = gap.toLowerCase(Locale.ROOT).replaceAll("\\R", "|").strip().replaceAll("\\s+", "_");
    return s.isEmpty() ? "none" : s.length() > 24 ? s.substring(0, 24) : s;
  }

  private static void punctuation(String prefix, String gap, List<String> f) {
    if (gap.contains(",")) {
      f.add(prefix + "=comma");
    }
    if (gap.contains(";") || gap.contains(".")) {
      f.add(prefix + "=stop");
    }
    if (gap.contains("(") || gap.contains(")")) {
      f.add(prefix + "=paren");
    }
    if (gap.contains(":") || gap.contains("\u2013") || gap.contains("\u2014") || gap.contains(" - ")) {
      f.add(prefix + "=dash");
    }
    if (gap.contains("\n")) {
      f.add(prefix + "=newline");
    }
    if (WORD.matcher(gap).results().anyMatch(m -> m.group().equalsIgnoreCase("and"))) {
      f.add(prefix + "=and");
    }
  }

  static int words(String s) {
    return (int) WORD.matcher(s).results().count();
  }

  private static String bucket(int words) {
    return words <= 2 ? String.valueOf(words) : words <= 5 ? "3-5" : words <= 10 ? "6-10" : ">10";
  }

  /** How many of {@code sorted} mentions stand wholly between {@code a} and {@code b}. */
  private static int between(List<MentionIndex.At> sorted, CharSpan a, CharSpan b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    int n = 0;
    for (MentionIndex.At m : sorted) {
      if (m.mention().span().start() >= from && m.mention().span().end() <= to) {
        n++;
      }
    }
    return n;
  }

  private static int distinct(List<MentionIndex.At> mentions) {
    return (int) mentions.stream().map(a -> a.entity().id()).distinct().count();
  }

  /** The mention nearest to the title (by the characters between them). */
  private static Mention nearest(List<Mention> mentions, CharSpan title) {
    Mention best = mentions.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      int d = m.span().end() <= title.start() ? title.start() - m.span().end()
          : m.span().start() >= title.end() ? m.span().start() - title.end() : 0;
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    return best;
  }
}
