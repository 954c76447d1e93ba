package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * Law firms written as their partners' surnames and a firm's ending ("Spangler Law", "Carter Bramwell
 * PLLC", "Pell Stanton, P.C.") or as "Law Offices of" and a lawyer's name: the tagger reads a person
 * there, but the whole is a company, an ORGANIZATION (ANNOTATION.md). The person candidate gives way
 * to an organization candidate over the firm's whole name. Endings: lexicon/entities/firm-endings.txt.
 */
final class FirmNames {
  /** A firm's ending right after a name, with an optional comma; no further word on the same line after it. */
  private final Pattern endingAfter;
  /** A name whose own last words are a firm's ending ("Spangler Law"). */
  private final Pattern endingInside;
  /** "Law Offices of" (or "Law Office of") right before a lawyer's name. */
  private static final Pattern OFFICES_BEFORE = Pattern.compile("\\bLaw Offices? of (?:the )?$");

  /** Fields of law before "Law" ("Case Law"): lexicon/entities/law-fields.txt. */
  private final Set<String> lawFields;

  FirmNames() {
    this(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "firm-endings.txt"),
        LexiconFile.lines(EntityLexicons.LEXICON_DIR + "law-fields.txt"));
  }

  FirmNames(List<String> endings, List<String> lawFields) {
    this.lawFields = Set.copyOf(lawFields.stream().map(String::trim).toList());
    String any = String.join("|", endings.stream().map(e -> Pattern.quote(e.trim())).toList());
    // not "Smith Law Enforcement Center": the ending closes the name (no letter word follows on the line)
    String closes = "(?![\\p{L}])(?![ \\t]+[\\p{L}&])";
    this.endingAfter = Pattern.compile("^,? (?:" + any + ")" + closes);
    this.endingInside = Pattern.compile("(?<!['\u2019]s) (?:" + any + ")$"); // not "Megan's Law"
  }

  record Split(List<CharSpan> orgs, List<CharSpan> persons) {
  }

  /** The person candidates that are firms moved to the organization candidates (whole names, span order). */
  Split apply(String match, List<CharSpan> orgs, List<CharSpan> persons) {
    List<CharSpan> firms = new ArrayList<>();
    List<CharSpan> people = new ArrayList<>(persons.size());
    for (CharSpan p : persons) {
      CharSpan firm = firmOf(match, p);
      if (firm == null) {
        people.add(p);
      } else {
        firms.add(firm);
      }
    }
    if (firms.isEmpty()) {
      return new Split(orgs, persons);
    }
    List<CharSpan> out = new ArrayList<>(orgs.size() + firms.size());
    for (CharSpan o : orgs) {
      // an organization candidate inside the firm's name ("PLLC" alone) gives way to it
      if (firms.stream().noneMatch(f -> f.contains(o))) {
        out.add(o);
      }
    }
    for (CharSpan f : firms) {
      if (out.stream().noneMatch(o -> o.overlaps(f))) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt(CharSpan::start));
    return new Split(out, people);
  }

  /** The firm's whole span when this person candidate is (part of) a firm's name, else null. */
  private CharSpan firmOf(String match, CharSpan p) {
    int start = p.start();
    int end = p.end();
    boolean firm = false;
    Matcher after = endingAfter.matcher(match).region(end, match.length());
    after.useTransparentBounds(true);
    if (after.lookingAt()) {
      end = after.end();
      firm = true;
    } else if (endingInside.matcher(match.substring(start, end)).find()) {
      firm = true;
    }
    int from = Math.max(0, start - 40);
    Matcher before = OFFICES_BEFORE.matcher(match.substring(from, start));
    if (before.find()) {
      start = from + before.start();
      firm = true;
    }
    if (!firm) {
      return null;
    }
    String[] words = match.substring(p.start(), p.end()).split("\\s+");
    if (words.length > 0 && lawFields.contains(words[words.length - 1])
        || words.length > 1 && lawFields.contains(words[words.length - 2])) {
      return null; // "Case Law": a field of law, no firm
    }
    if (words.length == 2 && words[0].matches("\\p{Lu}\\.?") && words[1].equals("Law")) {
      return null; // "S. Law": an initial and a surname (news text's cricketer), no firm's name
    }
    // a tagged name run across a line break ("Roe\nCarter Bramwell PLLC"): the firm is the last line's
    int lineBreak = match.lastIndexOf('\n', end - 1);
    if (lineBreak >= start) {
      start = lineBreak + 1;
    }
    return start < end ? new CharSpan(start, end) : null;
  }
}
