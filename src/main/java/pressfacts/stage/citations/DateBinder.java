package pressfacts.stage.citations;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;

/**
 * Binds a date of the DateLayer to a named instrument when the sentence says the instrument was
 * made then (dates written in the phrase itself, "from 3 April 2019", are taken by the grammar).
 * Three shapes, all inside one sentence, each needing an adoption verb (adoption-verbs.txt):
 * <ul>
 *   <li>after: "the Law ... (which was) adopted on DATE";</li>
 *   <li>verb before: "established on DATE by Presidential decree";</li>
 *   <li>subject: "on DATE the law ... was adopted", "In DATE ... the Constitution ... was prepared and adopted".</li>
 * </ul>
 * A date after "since", "until" and the like (date-blockers.txt) is not a date of adoption
 * ("a signatory ... since 12 December 2000").
 */
final class DateBinder {
  private static final String AUX = "(?:(?:was|were|is|are|has been|have been|had been)\\s+)?";

  /** Between the instrument and a later date: ", which was adopted on ". */
  private final Pattern verbThenDate;
  /** Just before an earlier date: "... established on ". */
  private final Pattern verbBeforeDate;
  /** Between an earlier date and the instrument: " by ", " by the ". */
  private static final Pattern LINK_TO_INSTRUMENT = Pattern.compile("\\s*(?:,\\s*)?(?:by|with|under|in)?\\s*(?:the|a|an)?\\s*");
  /** Right after the instrument, which is the subject: " was prepared and adopted". */
  private final Pattern subjectOfVerb;
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");

  private final CitationLexicon lex;

  DateBinder(CitationLexicon lex) {
    this.lex = lex;
    String verb = "(?:" + String.join("|", lex.adoptionVerbs.stream().sorted().toList()) + ")";
    verbThenDate = Pattern.compile("\\s*,?\\s*(?:(?:which|that)\\s+)?" + AUX + verb + "\\s+(?:on|in)?\\s*", Pattern.CASE_INSENSITIVE);
    verbBeforeDate = Pattern.compile("\\b" + verb + "\\s+(?:on|in)?\\s*$", Pattern.CASE_INSENSITIVE);
    subjectOfVerb = Pattern.compile("\\s*" + AUX + "(?:\\p{L}+\\s+(?:and|or)\\s+)?" + verb + "\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * Characters before an earlier date searched for its adoption verb: the longest verb and its "on"
   * ("promulgated on ", 15) with room for an auxiliary or extra spaces; verbBeforeDate is anchored at
   * the date, so a wider window would find the same verb.
   */
  private static final int VERB_BEFORE_DATE_CHARS = 40;

  /**
   * The date bound to the instrument at {@code f}, or null. {@code others} are all found
   * phrases, sorted: a date does not bind across another instrument.
   */
  DateValue bind(Found f, String text, List<DateMention> dates, Sentences sentences, List<Found> others) {
    DateMention before = null;
    DateMention after = null;
    for (DateMention d : dates) {
      if (d.value() == null) {
        continue;
      }
      if (d.span().end() <= f.span().start() && sentences.same(d.span().start(), f.span().start())) {
        before = d;
      } else if (after == null && d.span().start() >= f.span().end() && sentences.same(d.span().start(), f.span().end())) {
        after = d;
      }
    }
    if (after != null && verbThenDate.matcher(text.substring(f.span().end(), after.span().start())).matches()) {
      return after.value();
    }
    if (before == null || blocked(text, before) || instrumentBetween(before.span().end(), f.span().start(), others)) {
      return null;
    }
    String lead = text.substring(Math.max(0, before.span().start() - VERB_BEFORE_DATE_CHARS), before.span().start());
    if (LINK_TO_INSTRUMENT.matcher(text.substring(before.span().end(), f.span().start())).matches()
        && verbBeforeDate.matcher(lead).find()) {
      return before.value();
    }
    Matcher m = subjectOfVerb.matcher(text).region(f.span().end(), text.length());
    return m.lookingAt() ? before.value() : null;
  }

  /**
   * Characters before a date searched for the word that blocks it: the longest blocker ("before", 6)
   * with the spaces and punctuation between it and the date.
   */
  private static final int BLOCKER_CHARS = 20;

  private boolean blocked(String text, DateMention d) {
    Matcher m = LAST_WORD.matcher(text.substring(Math.max(0, d.span().start() - BLOCKER_CHARS), d.span().start()));
    return m.find() && lex.dateBlockers.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  private static boolean instrumentBetween(int from, int to, List<Found> others) {
    for (Found o : others) {
      if (o.span().start() >= from && o.span().end() <= to) {
        return true;
      }
    }
    return false;
  }
}
