package pressfacts.stage.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.text.LexiconFile;

/**
 * The steps of a case (lexicon/event/case-steps.tsv: sentence, verdict, plea, charge, arrest,
 * dismissal, trial) that a title names and that a date in the story belongs to, so the event date
 * comes from the sentence that tells the title's step: "Man Sentenced to Life" is dated by "were
 * sentenced today", not by "were found guilty on Oct. 28" nor by "pleaded guilty on August 28".
 */
final class CaseSteps {
  static final String RESOURCE = "/pressfacts/lexicon/event/case-steps.tsv";
  /** How far before a date its step's word may stand ("was sentenced to 25 years to life in prison on"). */
  private static final int BEFORE = 100;
  /** How far after a date its step's word may stand when none precedes it ("On May 27, a jury found him guilty"). */
  private static final int AFTER = 60;

  private record Step(String name, Pattern pattern) {
  }

  private final List<Step> steps;

  private CaseSteps(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  static CaseSteps load() {
    List<Step> steps = new ArrayList<>();
    for (String[] row : LexiconFile.rows(RESOURCE, 2)) {
      steps.add(new Step(row[0].trim(), Pattern.compile("\\b(?:" + row[1].trim() + ")")));
    }
    return new CaseSteps(steps);
  }

  /** The steps that {@code title} names (empty when it names none). */
  Set<String> named(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    Set<String> named = new HashSet<>();
    for (Step s : steps) {
      if (s.pattern().matcher(lower).find()) {
        named.add(s.name());
      }
    }
    return named;
  }

  /**
   * The step that the date at {@code date} belongs to: the step word nearest before it in its
   * sentence, else the first one after it in its sentence; null when its sentence names none near it
   * (the crime's date: "shot his father on Aug. 24").
   */
  String stepOf(String text, CharSpan date) {
    int from = sentenceStart(text, date.start());
    int to = sentenceEnd(text, date.end());
    String before = text.substring(Math.max(from, date.start() - BEFORE), date.start()).toLowerCase(Locale.ROOT);
    String best = null;
    int bestEnd = -1;
    for (Step s : steps) {
      Matcher m = s.pattern().matcher(before);
      while (m.find()) {
        if (m.end() > bestEnd) {
          bestEnd = m.end();
          best = s.name();
        }
      }
    }
    if (best != null) {
      return best;
    }
    String after = text.substring(date.end(), Math.min(to, date.end() + AFTER)).toLowerCase(Locale.ROOT);
    int bestStart = Integer.MAX_VALUE;
    for (Step s : steps) {
      Matcher m = s.pattern().matcher(after);
      if (m.find() && m.start() < bestStart) {
        bestStart = m.start();
        best = s.name();
      }
    }
    return best;
  }

  /**
   * "for" after a step word, opening a clause that tells what the step is for (the crime: "sentenced to 40
   * years for molesting a girl on several occasions, including New Year's Eve 2022", "faces charges for his
   * actions during an encounter on July 23"): an act ("-ing") or a determiner, and at least three more words
   * before the date. "Sentenced for fraud on June 3" is too short to tell: the date may be the sentencing's.
   * Not a date scheduled or set for a later step ("sentencing is scheduled for May 1"), which other rules weigh.
   */
  private static final Pattern CRIME_FOR = Pattern.compile(
      "(?<!scheduled |set |slated )\\bfor\\s+(?:[a-z]+ing|his|her|their|its|the|an?)\\b(?:\\W+[\\w'\u2019-]+){3,}\\W*$");

  /**
   * Whether the date at {@code date} dates the crime that a step of its sentence is for: a step word stands
   * before it in its sentence (within {@value #BEFORE} characters) and a clause of what it is for lies
   * between them ({@link #CRIME_FOR}).
   */
  boolean datesTheCrime(String text, CharSpan date) {
    int from = Math.max(sentenceStart(text, date.start()), date.start() - BEFORE);
    String before = text.substring(from, date.start()).toLowerCase(Locale.ROOT);
    int stepEnd = -1;
    for (Step s : steps) {
      Matcher m = s.pattern().matcher(before);
      while (m.find()) {
        stepEnd = Math.max(stepEnd, m.end());
      }
    }
    return stepEnd >= 0 && CRIME_FOR.matcher(before).region(stepEnd, before.length()).find();
  }

  /**
   * Where the sentence holding {@code at} starts: after the last ". " (or "!", "?") before a capital,
   * or after a line break that is not a wrapped line (one whose next line starts in lower case).
   */
  static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && !Character.isLowerCase(text.charAt(i + 1))) {
        return i + 1;
      }
      if (Character.isWhitespace(c) && isEnd(text.charAt(i - 1)) && i + 1 < text.length()
          && Character.isUpperCase(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Where the sentence holding {@code at} ends (exclusive), by the same marks as {@link #sentenceStart}. */
  static int sentenceEnd(String text, int at) {
    for (int i = at; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '\n' && !Character.isLowerCase(text.charAt(i + 1))) {
        return i;
      }
      if (isEnd(c) && Character.isWhitespace(text.charAt(i + 1)) && i + 2 < text.length()
          && Character.isUpperCase(text.charAt(i + 2))) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static boolean isEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
