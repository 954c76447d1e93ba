package pressfacts.stage.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateMention;
import pressfacts.doc.InstrumentKind;
import pressfacts.doc.Provision;
import pressfacts.doc.ProvisionUnit;

/**
 * The statute books of state-codes.tsv as the text writes them: "Fla. Stat. § 782.04", "RCW
 * 9A.32.030", "Section 782.04, Florida Statutes", "720 ILCS 5/9-1", "G.L. c. 265, § 1",
 * "Federal Rule of Criminal Procedure 11(c)". A book's form is matched word by word, case as
 * written, on one line; the longest form starting at a word wins. Pure: holds the table only.
 */
final class StatuteForms {

  /** One row of state-codes.tsv: the form's words and what it names. */
  private record Form(List<String> words, String jurisdiction, String title, InstrumentKind kind, boolean alone,
                      boolean titleNumber, boolean titleAfter, boolean chapter, boolean noUnit, boolean part) {
  }

  /**
   * A section number as statute books write it: digits, then parts joined by dots, hyphens, colons
   * or slashes ("782.04", "13-1105", "2C:11-3", "9A.32.030", "5/9-1", "18.2-32"), then bracketed
   * subdivisions ("187(a)(1)") and, as Florida numbers them, a subparagraph's digit after them ("784.045(1)(a)1.").
   */
  private static final String ID = "\\d+[A-Za-z]{0,2}(?:[-.:/][A-Za-z0-9]+)*(?:\\(\\w{1,4}\\))*(?:(?<=\\))\\d{1,2}(?!\\w))?";
  private static final Pattern SECTION = Pattern.compile(ID);
  /** After "§§": a list of sections joined by commas, "and" or "or", one id as written. */
  private static final Pattern SECTIONS =
      Pattern.compile(ID + "(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+)" + ID + ")*");
  /**
   * Without "§" or "section", a bare number is a section only with an inner mark or a bracketed
   * subdivision ("Veh. Code 23152(b)"): not a count or a year.
   */
  private static final Pattern MARKED_ID = Pattern.compile(".*(?:\\w[-.:/]\\w|\\d\\(\\w).*");
  /** A rule's number ("11(c)", "404(b)"). */
  private static final Pattern RULE = Pattern.compile("\\d{1,4}(?:\\(\\w{1,4}\\))*");
  private static final Pattern CHAPTER = Pattern.compile("\\d{1,4}[A-Z]?");
  /** A part's number in a title of the Code of Federal Regulations ("560", "121"). */
  private static final Pattern PART = Pattern.compile("\\d{1,4}(?:-\\d{1,4})?");
  /** A title number before the form or after "tit." ("18", "21", "17-A"). */
  private static final Pattern TITLE_NUMBER = Pattern.compile("\\d{1,3}(?:-[A-Z])?");
  /** How many words back a section before ", Florida Statutes" may start. */
  private static final int MAX_ID_WORDS = 12;

  private static final Set<String> FLAGS = Set.of("alone", "titlenumber", "title", "chapter", "nounit", "part");

  private final Map<String, List<Form>> byFirstWord;

  StatuteForms(List<String[]> rows) {
    Map<String, List<Form>> m = new HashMap<>();
    for (String[] r : rows) {
      List<String> words = new Words(r[0]).list.stream().map(Words.W::text).toList();
      List<String> flags = r[4].equals("-") ? List.of() : List.of(r[4].split(","));
      if (!FLAGS.containsAll(flags)) {
        throw new IllegalArgumentException("state-codes.tsv: unknown flag in " + String.join(" | ", r));
      }
      // "-": the document's state, as for "Veh. Code § 23152(b)" written without one (left to the resolver)
      Form f = new Form(words, r[1].equals("-") ? null : r[1], r[2], InstrumentKind.fromWire(r[3]), flags.contains("alone"),
          flags.contains("titlenumber"), flags.contains("title"), flags.contains("chapter"), flags.contains("nounit"),
          flags.contains("part"));
      m.computeIfAbsent(words.get(0), x -> new ArrayList<>()).add(f);
    }
    m.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> -f.words().size())));
    byFirstWord = Map.copyOf(m);
  }

  /** The statute book cited by a form starting at word {@code k}, with its provision, or null. */
  Found at(Words w, int k, Map<Integer, DateMention> dates) {
    for (Form f : byFirstWord.getOrDefault(w.at(k), List.of())) {
      int last = formEnd(w, k, f);
      Found found = last < 0 ? null : read(w, k, last, f, dates);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The last word of the form when the text at {@code k} spells it on one line, else -1. */
  private static int formEnd(Words w, int k, Form f) {
    for (int i = 0; i < f.words().size(); i++) {
      if (!w.is(k + i, f.words().get(i)) || i > 0 && !w.sameLine(k + i - 1)) {
        return -1;
      }
    }
    return k + f.words().size() - 1;
  }

  private Found read(Words w, int k, int last, Form f, Map<Integer, DateMention> dates) {
    // "720 ILCS", "18 Pa.C.S.": the number is in the span only, as the U.S.C. title number is
    int first = f.titleNumber() && TITLE_NUMBER.matcher(w.at(k - 1)).matches() && w.sameLine(k - 1) ? k - 1 : k;
    if (f.titleNumber() && first == k && !f.alone()) {
      return null;
    }
    if (f.noUnit()) {
      int end = w.sameLine(last) ? idEnd(w, last + 1, RULE, dates) : -1;
      return build(w, end < 0 ? ruleBefore(w, k, dates) : first, end >= 0 ? end : last, f, List.of());
    }
    List<Provision> prov = new ArrayList<>();
    int titled = f.titleAfter() ? titleAfter(w, last) : last;
    int end = f.chapter() ? chapter(w, titled, prov) : titled;
    if (f.part()) {
      int partEnd = part(w, end, prov);
      if (partEnd > end) {
        return build(w, first, partEnd, f, prov);
      }
    }
    int sec = sectionAfter(w, end, end > last, dates, prov);
    if (sec >= 0) {
      return build(w, first, sec, f, prov);
    }
    if (!prov.isEmpty()) {
      return build(w, first, end, f, prov);
    }
    if (titled > last) {
      return build(w, first, titled, f, List.of()); // "Okla. Stat. tit. 21": the title number in the span only
    }
    if (first == k) {
      Found before = sectionBefore(w, k, last, f);
      if (before != null) {
        return before;
      }
    }
    return f.alone() ? build(w, first, last, f, List.of()) : null;
  }

  /**
   * "tit. 21" after the form ("Okla. Stat. tit. 21, § 701.7"): the title number is in the span
   * only, as the U.S.C. title number is. Returns its last word, or {@code last} when there is none.
   */
  private static int titleAfter(Words w, int last) {
    if (w.is(last + 1, "tit") && w.is(last + 2, ".") && TITLE_NUMBER.matcher(w.at(last + 3)).matches()
        && w.sameLine(last) && w.sameLine(last + 1) && w.sameLine(last + 2)) {
      return last + 3;
    }
    return last;
  }

  /** "c. 265", "ch. 265", "chapter 265" after the form: adds the chapter, returns its last word (or {@code last}). */
  private static int chapter(Words w, int last, List<Provision> prov) {
    int n;
    if ((w.is(last + 1, "c") || w.is(last + 1, "ch")) && w.is(last + 2, ".")) {
      n = last + 3;
    } else if (w.is(last + 1, "chapter") || w.is(last + 1, "Chapter")) {
      n = last + 2;
    } else {
      return last;
    }
    for (int i = last; i < n; i++) {
      if (!w.sameLine(i)) {
        return last;
      }
    }
    if (!CHAPTER.matcher(w.at(n)).matches()) {
      return last;
    }
    prov.add(new Provision(ProvisionUnit.CHAPTER, w.writtenWords(n, n)));
    return n;
  }

  /** "Part 560", "Parts 730-774" after the form ("31 C.F.R. Part 560"): adds the part, returns its last word (or {@code last}). */
  private static int part(Words w, int last, List<Provision> prov) {
    String x = w.at(last + 1);
    if (!(x.equals("Part") || x.equals("part") || x.equals("Parts") || x.equals("parts")) || !w.sameLine(last)
        || !w.sameLine(last + 1)) {
      return last;
    }
    int n = last + 2;
    if (!PART.matcher(w.at(n)).matches()) {
      return last;
    }
    int end = n;
    // "Parts 730-774": a range of parts is one id as written
    if (w.is(n + 1, "-") && w.touching(n) && w.touching(n + 1) && PART.matcher(w.at(n + 2)).matches()) {
      end = n + 2;
    }
    prov.add(new Provision(ProvisionUnit.PART, w.writtenWords(n, end)));
    return end;
  }

  /**
   * "§ 782.04", "section 782.04", "sec. 782.04" or a bare "9A.32.030" after word {@code end} (after a
   * chapter or a title number a comma may stand between): adds the section and returns its last word, or -1.
   */
  private static int sectionAfter(Words w, int end, boolean commaAllowed, Map<Integer, DateMention> dates,
                                  List<Provision> prov) {
    int p = end + 1;
    if (commaAllowed && w.is(p, ",") && w.sameLine(end)) {
      p++;
      end++;
    }
    if (!w.sameLine(end)) {
      return -1;
    }
    int marker = markerEnd(w, p);
    int q = marker >= 0 ? marker + 1 : p;
    if (marker >= 0 && !w.sameLine(marker)) {
      return -1;
    }
    int last = idEnd(w, q, w.is(p, "§§") ? SECTIONS : SECTION, dates);
    if (last < 0) {
      return -1;
    }
    // the shape is checked on the matching form (an en dash is a hyphen there), the id kept as written
    if (marker < 0 && !MARKED_ID.matcher(w.text.substring(w.get(q).start(), w.get(last).end())).matches()) {
      return -1;
    }
    prov.add(new Provision(isArticle(w, p) ? ProvisionUnit.ARTICLE : ProvisionUnit.SECTION, w.writtenWords(q, last)));
    return last;
  }

  /** "art. 64.01", "article 64.01": a book numbered in articles (Texas's Code of Criminal Procedure). */
  private static boolean isArticle(Words w, int p) {
    String x = w.at(p);
    return x.equals("art") || x.equals("Art") || x.equals("article") || x.equals("Article");
  }

  /** The last word of a section marker at {@code p} ("§", "§§", "section", "sec.", "s."), or -1. */
  private static int markerEnd(Words w, int p) {
    String x = w.at(p);
    if (x.equals("§") || x.equals("§§") || x.equals("section") || x.equals("Section")) {
      return p;
    }
    if ((x.equals("sec") || x.equals("Sec") || x.equals("art") || x.equals("Art")) && w.is(p + 1, ".")) {
      return p + 1;
    }
    if (x.equals("article") || x.equals("Article")) {
      return p;
    }
    if ((x.equals("s") || x.equals("S")) && w.is(p + 1, ".") && w.touching(p)) {
      return p + 1; // "s. 782.04, F.S.": Florida's own abbreviation of "section"
    }
    return -1;
  }

  /**
   * "Section 782.04, Florida Statutes", "Chapter 893, Florida Statutes": a section or a chapter written
   * before the book's name and a comma.
   * The span runs from the section word to the form's end.
   */
  private Found sectionBefore(Words w, int k, int last, Form f) {
    if (!w.is(k - 1, ",") || !w.sameLine(k - 1) || k < 2) {
      return null;
    }
    // "section 784.045(1)(a)1., Florida Statutes": the dot that closes a subparagraph's digit is no part of the id
    int idLast = w.is(k - 2, ".") && w.touching(k - 3) ? k - 3 : k - 2;
    for (int j = idLast - 1; j >= 0 && j >= idLast - MAX_ID_WORDS; j--) {
      if (!w.sameLine(j)) {
        return null;
      }
      if ((w.is(j, "Chapter") || w.is(j, "chapter")) && j + 1 == idLast && CHAPTER.matcher(w.at(idLast)).matches()) {
        // "Chapter 893, Florida Statutes": a chapter written before the book's name
        return build(w, j, last, f, List.of(new Provision(ProvisionUnit.CHAPTER, w.writtenWords(idLast, idLast))));
      }
      int marker = markerEnd(w, j);
      if (marker >= j && marker < idLast && !w.is(j, "§§")) {
        Matcher m = SECTION.matcher(w.text).region(w.get(marker + 1).start(), w.get(idLast).end());
        if (!m.matches()) {
          return null;
        }
        return build(w, j, last, f,
            List.of(new Provision(isArticle(w, j) ? ProvisionUnit.ARTICLE : ProvisionUnit.SECTION, w.written(m.start(), m.end()))));
      }
    }
    return null;
  }

  /**
   * "Rule 11(c)(1)(C) of the Federal Rules of Criminal Procedure": the rule and its number before
   * "of the" belong to the span (no unit for a rule: provision []). Returns the span's first word.
   */
  private static int ruleBefore(Words w, int k, Map<Integer, DateMention> dates) {
    if (!w.is(k - 1, "the") || !w.is(k - 2, "of")) {
      return k;
    }
    for (int r = k - 3; r >= 1 && r >= k - MAX_ID_WORDS; r--) {
      if ((w.is(r - 1, "Rule") || w.is(r - 1, "Rules")) && idEnd(w, r, RULE, dates) == k - 3) {
        for (int i = r - 1; i < k; i++) {
          if (!w.sameLine(i)) {
            return k;
          }
        }
        return r - 1;
      }
    }
    return k;
  }

  /** The last word of a number matching {@code p} from word {@code i} to a word's end, or -1. */
  private static int idEnd(Words w, int i, Pattern p, Map<Integer, DateMention> dates) {
    if (i >= w.size() || !Character.isDigit(w.at(i).charAt(0)) || dates.containsKey(w.get(i).start())) {
      return -1;
    }
    Matcher m = p.matcher(w.text).region(w.get(i).start(), w.text.length());
    if (!m.lookingAt()) {
      return -1;
    }
    int last = i;
    while (last + 1 < w.size() && w.get(last + 1).end() <= m.end()) {
      last++;
    }
    return w.get(last).end() == m.end() ? last : -1;
  }

  private static Found build(Words w, int first, int last, Form f, List<Provision> prov) {
    return Found.named(new CharSpan(w.get(first).start(), w.get(last).end()), first, f.kind()).title(f.title())
        .jurisdiction(f.jurisdiction()).provision(prov).build();
  }
}
