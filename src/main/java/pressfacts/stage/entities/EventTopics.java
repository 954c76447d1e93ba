package pressfacts.stage.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * "a Regional Course on the Prosecution of Drug Trafficking", "Regional Workshop to Enhance Law
 * Enforcement", 'a meeting on "Access of Citizens to Constitutional Justice"': capitalised words right
 * after a gathering's noun and "on"/"to"/"about" name what the gathering is about, no body
 * (ANNOTATION.md: named institutions only; a bare generic noun phrase is not a mention). A candidate
 * there is dropped when no body's head stands in it other than one that also names an activity
 * ("Prosecution", "Enforcement"), and when it is no known body: "a seminar on the European Court of
 * Human Rights" keeps the court.
 */
final class EventTopics {
  /** How far back from a candidate the gathering's noun is looked for (same line only). */
  private static final int LOOK_BACK = 120;

  private final Pattern topicOpener;
  private final Set<String> activityHeads;
  private final Predicate<String> isHead;
  private final Predicate<String> isKnownBody;

  /**
   * {@code isHead}: is this lower-case word a body's head (lexicon/entities/org-heads.txt);
   * {@code isKnownBody}: is this text a known body's name (lexicon/entities/known-organizations.tsv).
   */
  EventTopics(Predicate<String> isHead, Predicate<String> isKnownBody) {
    String nouns = LexiconFile.lines(EntityLexicons.LEXICON_DIR + "gathering-nouns.txt").stream()
        .map(n -> Pattern.quote(n.trim().toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    // the gathering's noun, its link, an optional "the"; then perhaps a quoted title's first words up to
    // their own "of"/"for"/"to"/"in" ('meeting on "Access of| Citizens ...'), ending where the candidate starts
    this.topicOpener = Pattern.compile("\\b(?i:(?:" + nouns + ")s?)\\s+(?i:on|to|about|regarding)\\s+(?i:the\\s+)?"
        + "(?:\"\\s*(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}(?i:of|for|to|in)\\s+(?i:the\\s+)?)?$");
    this.activityHeads = Set.copyOf(LexiconFile.lines(EntityLexicons.LEXICON_DIR + "activity-heads.txt").stream()
        .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList());
    this.isHead = isHead;
    this.isKnownBody = isKnownBody;
  }

  /** The candidates without the gatherings' subjects; the same list when none is dropped. */
  List<CharSpan> apply(String match, List<CharSpan> orgs) {
    List<CharSpan> out = new ArrayList<>(orgs.size());
    for (CharSpan o : orgs) {
      if (!isTopic(match, o)) {
        out.add(o);
      }
    }
    return out.size() == orgs.size() ? orgs : out;
  }

  private boolean isTopic(String match, CharSpan o) {
    int lineStart = match.lastIndexOf('\n', o.start() - 1) + 1;
    String before = match.substring(Math.max(lineStart, o.start() - LOOK_BACK), o.start());
    if (!topicOpener.matcher(before).find()) {
      return false;
    }
    String name = match.substring(o.start(), o.end());
    if (isKnownBody.test(name)) {
      return false;
    }
    for (String word : name.split("[\\s/]+")) {
      String w = HeadWords.bare(word);
      if (isHead.test(w) && !activityHeads.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
