package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.Provision;
import pressfacts.doc.ProvisionUnit;

/**
 * Reads provision chains: "section 144(1)", "Art. 5", "paragraph 2 of Article 5",
 * "Article 5, paragraph 2", "Articles 3 and 5", "§ 1591". A chain lists its levels outer to inner:
 * "X of Y" puts Y outside X, "X, Y" puts Y inside X.
 *
 * <p>Lists ("Articles 3 and 5", "sections 2-4") keep one level whose id is the list as written
 * ("3 and 5"): ANNOTATION.md gives a citation one provision path, and a list is one place in
 * that path, not two paths.
 */
final class ProvisionGrammar {

  /** One id as written: "144", "144-1", "144.1", "144(1)", "5(2)(a)", "12A", "120-B" (Indian sections). */
  private static final String NUMBERED_ID = "\\d+[A-Za-z]?(?:[-.]\\d+[A-Za-z]?|-[A-Z](?!\\w))*(?:\\(\\w{1,4}\\))*";
  /** A roman numeral, as chapters are often numbered ("Chapter IV"). */
  private static final String ROMAN_ID = "[IVXLC]+(?![\\w])";
  /** A lettered or numbered item in brackets ("subparagraph (b)", "clause (2)(a)"). */
  private static final String BRACKETED_ID = "\\([a-z0-9]{1,3}\\)(?:\\(\\w{1,4}\\))*";
  /** A quoted letter ("provisions “a” and “t”" in Georgian releases); the quotes are no part of the id. */
  private static final String QUOTED_ID = "[\"“]\\p{L}{1,3}[\"”]";
  private static final String ONE_ID = "(?:" + NUMBERED_ID + "|" + BRACKETED_ID + "|" + ROMAN_ID + "|" + QUOTED_ID + ")";
  /** "art.333": an abbreviated unit and its id written as one word. */
  private static final Pattern UNIT_IN_WORD = Pattern.compile("(\\p{L}+)\\.\\d.*");
  /** How many words a remark in brackets between a provision and its instrument may have. */
  private static final int MAX_REMARK_WORDS = 12;
  /** How many words a level's quoted heading ("Section XV \"Transitional Provisions\"") may have. */
  private static final int MAX_HEADING_WORDS = 12;
  /**
   * Words joining ids of one list: "3 and 5", "3, 4 or 5", "2-4", "2 to 4", and a slash joining two
   * sections charged together ("sections 664/187(a)": attempt and the crime attempted; "302/34"),
   * and Indian releases' "read with" ("13(2) r/w 13(1)(d)": one offence under two sections together).
   */
  private static final String LIST_JOINER = "\\s*(?:,|and|or|to|-|/|r/w|read with)\\s*";
  /**
   * An id or a list of ids; a joiner is taken only when another id follows it, and not when that
   * number is the title number of a new U.S.C. or C.F.R. citation ("Section 1343 and 18 U.S.C. § 1349",
   * "26 U.S.C. § 7201 and 31 C.F.R. Part 560").
   */
  private static final Pattern ID_LIST = Pattern.compile(ONE_ID + "(?:" + LIST_JOINER + "(?>" + ONE_ID + ")(?!\\s*(?:U\\.S\\.C|C\\.F\\.R)))*");

  /** A chain of provisions from word {@code first} to {@code last}; {@code attach} is the word after a final "of (the)", or -1. */
  record Chain(int first, int last, int attach, List<Provision> provisions) {
  }

  private final CitationLexicon lex;

  ProvisionGrammar(CitationLexicon lex) {
    this.lex = lex;
  }

  /** The chain starting at word {@code i}, or null when no unit with an id starts there. */
  Chain parseAt(Words w, int i) {
    Level first = level(w, i);
    if (first == null) {
      first = spelledLevel(w, i);
    }
    if (first == null) {
      first = namedPart(w, i);
    }
    if (first == null) {
      return null;
    }
    List<Provision> chain = new ArrayList<>();
    chain.add(first.provision);
    int last = quotedHeading(w, first.last);
    while (true) {
      int n = last + 1;
      if (w.is(n, "of")) {
        int m = skipDeterminers(w, n + 1);
        Level outer = level(w, m);
        if (outer == null) {
          outer = spelledLevel(w, m);
        }
        if (outer == null) {
          outer = namedPart(w, m);
        }
        if (outer != null) {
          chain.add(0, outer.provision);
          last = quotedHeading(w, outer.last);
          continue;
        }
      } else if (w.is(n, ",")) {
        Level inner = level(w, n + 1);
        if (inner == null) {
          inner = letteredItem(w, n + 1);
        }
        if (inner != null) {
          chain.add(paragraphSignInArticle(w.at(n + 1), chain.get(chain.size() - 1), inner.provision));
          last = inner.last;
          continue;
        }
      } else if (lex.unit(w.at(n)) != null && w.sameLine(last) && level(w, n) != null) {
        // "article 109 provisions “a” and “t”": an inner level written right after its outer one
        Level inner = level(w, n);
        chain.add(paragraphSignInArticle(w.at(n), chain.get(chain.size() - 1), inner.provision));
        last = inner.last;
        continue;
      } else if (w.is(n, "in") && w.is(n + 1, "Title") && w.at(n + 2).matches("\\d{1,3}|[IVXL]+")) {
        // "Chapter 56 in Title 1 of the Texas Administrative Code": the code's title number is no
        // unit of the provision; it stays in the span only, like the title number of the U.S.C.
        last = n + 2;
        continue;
      }
      break;
    }
    int attach = -1;
    int remark = remarkAfter(w, last);
    if (w.is(last + 1, "of")) {
      attach = skipDeterminers(w, last + 2);
    } else if (w.is(last + 1, ",") && w.is(last + 2, "of") && chain.size() > 1) {
      // "Article 36, paragraph 1, of the Statute": the inner level set off by commas on both sides
      attach = skipDeterminers(w, last + 3);
    } else if (remark >= 0 && w.is(remark + 1, "of")) {
      // "articles 25, 109, (Code edition valid till 31 May, 2006) of the Criminal Code"
      attach = skipDeterminers(w, remark + 2);
    } else if (w.sameLine(last) && w.get(last + 1).acronymShaped() && lex.knownByAcronym(w.at(last + 1)) != null) {
      // "u/s 34 IPC": an acronym of a known instrument right after the provision
      attach = last + 1;
    }
    return new Chain(i, last, attach, chain);
  }

  /**
   * "Section XV \"Transitional Provisions\" of the Constitution", "Article 190 \"Fraud\" of the Code":
   * a level's heading in quotes right after its id, then "of", is no title and no level; it stays in
   * the span only (ANNOTATION.md: the provision and the instrument are one stretch), as the U.S.C.
   * title number does, and the chain goes on after it. Returns the closing quote, or {@code last}
   * when no such heading follows.
   */
  private static int quotedHeading(Words w, int last) {
    int open = last + 1;
    if (!w.sameLine(last) || !w.openingQuote(open) || !Character.isUpperCase(w.at(open + 1).codePointAt(0))) {
      return last;
    }
    int close = w.closingQuote(open, MAX_HEADING_WORDS);
    return close > open + 1 && w.is(close + 1, "of") ? close : last;
  }

  /**
   * "Article 6 § 1" (the European Court of Human Rights' style): a section sign inside an article
   * numbers its paragraph, not a section as in "18 U.S.C. § 1591".
   */
  private static Provision paragraphSignInArticle(String unitWord, Provision outer, Provision inner) {
    boolean sign = unitWord.startsWith("§");
    return sign && outer.unit() == ProvisionUnit.ARTICLE && inner.unit() == ProvisionUnit.SECTION
        ? new Provision(ProvisionUnit.PARAGRAPH, inner.id()) : inner;
  }

  private int skipDeterminers(Words w, int i) {
    while (i < w.size() && lex.determiners.containsKey(w.at(i).toLowerCase(Locale.ROOT))) {
      i++;
    }
    return i;
  }

  private record Level(Provision provision, int last) {
  }

  /** A unit word (with an optional abbreviation dot) followed by an id or a list of ids. */
  private Level level(Words w, int i) {
    if (i >= w.size()) {
      return null;
    }
    ProvisionUnit unit = lex.unit(w.at(i));
    int after = i;
    int from = -1;
    Matcher inWord = UNIT_IN_WORD.matcher(w.at(i));
    if (unit == null && w.is(i + 1, "/") && w.touching(i) && w.touching(i + 1)) {
      // "u/s 34": a unit abbreviated with a slash is three words here
      unit = lex.unit(w.at(i) + "/" + w.at(i + 2));
      after = i + 2;
    } else if (unit == null && inWord.matches() && lex.unit(inWord.group(1)) != null) {
      unit = lex.unit(inWord.group(1));
      after = i - 1; // the id is inside word i
      from = w.get(i).start() + inWord.group(1).length() + 1;
    }
    if (unit == null) {
      return null;
    }
    boolean dotted = w.is(i + 1, ".") && w.touching(i);
    if (from < 0 && isDotOnlyUnit(w.at(i)) && !dotted && (w.is(i - 1, "'") || w.is(i - 1, "’")) && w.touching(i - 1)) {
      return null; // "Convention's 18 articles": a bare "s" after an apostrophe is no "s 18"
    }
    if (from < 0 && dotted) {
      after = i + 1;
    }
    from = from < 0 ? w.get(after).end() : from;
    // the id may stand on the next line when the line break only wraps prose ("under Section\n46.02(a)")
    boolean wrapped = after + 1 < w.size() && w.sameLine(after);
    while (from < w.text.length() && (w.text.charAt(from) == ' ' || wrapped && w.text.charAt(from) == '\n')) {
      from++;
    }
    Matcher m = ID_LIST.matcher(w.text).region(from, w.text.length());
    if (!m.lookingAt()) {
      return null;
    }
    int end = m.end();
    // an id ends on a word boundary: "Article 5th" or "section 3rd" is not "5"
    if (end < w.text.length() && Character.isLetterOrDigit(w.text.charAt(end))) {
      return null;
    }
    int last = after;
    while (last + 1 < w.size() && w.get(last + 1).end() <= end) {
      last++;
    }
    if (last == after) {
      return null;
    }
    String id = asWritten(w, m.start(), end);
    return new Level(new Provision(unit, id), last);
  }

  /**
   * The id from {@code start} to {@code end} as the document wrote it (an en dash, a no-break space
   * kept), without the quotes around a quoted letter: the quotes are found in the matching form,
   * where every kind of double quote is one mark.
   */
  private static String asWritten(Words w, int start, int end) {
    StringBuilder id = new StringBuilder(end - start);
    String written = w.written(start, end);
    for (int p = start; p < end; p++) {
      if (w.text.charAt(p) != '"') {
        id.append(written.charAt(p - start));
      }
    }
    return id.toString();
  }

  /** Numbers spelled out as ids of inner units in translated releases ("part one of Article 79"). */
  private static final Set<String> SPELLED_IDS = Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  /**
   * "part one of Article 79": a unit whose id is a number spelled out in lowercase, as translations of
   * Ukrainian and Russian releases write parts and paragraphs. Taken only when "of" and a numbered
   * outer level follow, since "part one" alone is prose.
   */
  private Level spelledLevel(Words w, int i) {
    ProvisionUnit unit = i + 1 < w.size() ? lex.unit(w.at(i)) : null;
    if (unit == null || unit == ProvisionUnit.ARTICLE || unit == ProvisionUnit.CHAPTER || !w.sameLine(i)
        || !SPELLED_IDS.contains(w.at(i + 1)) || !w.is(i + 2, "of") || !w.sameLine(i + 1)) {
      return null;
    }
    int m = skipDeterminers(w, i + 3);
    Level outer = level(w, m);
    if (outer == null) {
      outer = spelledLevel(w, m);
    }
    return outer == null ? null : new Level(new Provision(unit, w.writtenWords(i + 1, i + 1)), i + 1);
  }

  /**
   * "the Special Part of the Criminal Code", "Article 115 of the General Part of the Code": a code's
   * part named by a word before "Part" (named-parts.txt) is a provision level, unit part and the name
   * as its id, as "Part VI" has "VI" (ANNOTATION.md: a Part of an instrument is a provision, not a word
   * of its title). Taken only when "of" follows, so that the part belongs to an instrument.
   */
  private Level namedPart(Words w, int i) {
    if (i + 2 >= w.size() || !lex.namedParts.contains(w.at(i).toLowerCase(Locale.ROOT))
        || !w.at(i + 1).equalsIgnoreCase("part") || !w.is(i + 2, "of") || !w.sameLine(i) || !w.sameLine(i + 1)) {
      return null;
    }
    return new Level(new Provision(ProvisionUnit.PART, w.writtenWords(i, i)), i + 1);
  }

  /** The units whose items are lettered ("Subparagraph b", "point a"). */
  private static final Set<ProvisionUnit> LETTERED_UNITS =
      Set.of(ProvisionUnit.SUBPARAGRAPH, ProvisionUnit.POINT, ProvisionUnit.CLAUSE);

  /**
   * "Article 126, Part 1, Subparagraph b": an inner item named by a bare lowercase letter, as
   * post-Soviet codes number them. Only inside a chain, after a comma: alone, "point a" is prose.
   */
  private Level letteredItem(Words w, int i) {
    ProvisionUnit unit = i + 1 < w.size() ? lex.unit(w.at(i)) : null;
    if (unit == null || !LETTERED_UNITS.contains(unit) || !w.sameLine(i)) {
      return null;
    }
    String id = w.at(i + 1);
    if (id.length() != 1 || !Character.isLowerCase(id.charAt(0)) || !Character.isLetter(id.charAt(0))) {
      return null;
    }
    return new Level(new Provision(unit, id), i + 1);
  }

  /** The abbreviations "s." and "ss." ("s 33" in Australian releases), which an apostrophe's "s" also spells. */
  private static boolean isDotOnlyUnit(String word) {
    return word.equalsIgnoreCase("s") || word.equalsIgnoreCase("ss");
  }

  /**
   * The closing bracket of a remark right after word {@code last} (",", then "(" ... ")" on the
   * line: "(Code edition valid till 31 May, 2006)"), or -1.
   */
  int remarkAfter(Words w, int last) {
    int open = w.is(last + 1, ",") ? last + 2 : last + 1;
    if (!w.is(open, "(") || !w.sameLine(open - 1)) {
      return -1;
    }
    for (int j = open + 1; j < w.size() && j <= open + MAX_REMARK_WORDS && w.sameLine(j - 1); j++) {
      if (w.is(j, ")")) {
        return j;
      }
      if (w.is(j, "(")) {
        return -1;
      }
    }
    return -1;
  }
}
