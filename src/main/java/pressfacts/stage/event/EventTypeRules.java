package pressfacts.stage.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.EventType;
import pressfacts.text.LexiconFile;
import pressfacts.text.Prose;

/**
 * Keyword baseline for the event type: cue patterns per type from a lexicon file, title cues
 * weighted above body cues ("a release reporting several events takes the type of its title").
 */
public final class EventTypeRules implements EventTypeClassifier {
  static final String RESOURCE = "/pressfacts/lexicon/event/event-keywords.tsv";
  private static final int TITLE_WEIGHT = 3;

  /** A cue pattern; {@code starts}: the characters its matches can start with (CueStarts), or null when unknown. */
  private record Cue(EventType type, Pattern pattern, String starts) {
  }

  private final List<Cue> cues;
  /** For each ASCII character, the indexes (in {@link #cues}) of the guarded cues whose matches may start with it. */
  private final int[][] cuesByStart;
  /** The indexes of the cues without a known set of starts: each scans the text on its own. */
  private final int[] unguarded;
  private final EventFrames frames;

  private EventTypeRules(List<Cue> cues, EventFrames frames) {
    this.cues = List.copyOf(cues);
    this.frames = frames;
    List<List<Integer>> byStart = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      byStart.add(new ArrayList<>());
    }
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < this.cues.size(); i++) {
      String starts = this.cues.get(i).starts();
      if (starts == null) {
        rest.add(i);
      } else {
        for (char c : starts.toCharArray()) {
          byStart.get(c).add(i);
        }
      }
    }
    this.cuesByStart = byStart.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    this.unguarded = rest.stream().mapToInt(Integer::intValue).toArray();
  }

  public static EventTypeRules load() {
    List<Cue> cues = new ArrayList<>();
    for (String[] parts : LexiconFile.rows(RESOURCE, 2)) {
      String cue = parts[1].trim();
      // Cues are matched on lower-cased text, which holds no ASCII capital: a cue written in lower case
      // needs no case-insensitive matching (ASCII only, without UNICODE_CASE), which costs a fold per
      // character compared; a cue with a capital keeps it.
      int flags = cue.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? Pattern.CASE_INSENSITIVE : 0;
      String starts = flags == 0 ? CueStarts.classOf(cue) : null;
      String guard = starts == null ? "" : "(?=" + starts + ")"; // rejects most word starts at once
      cues.add(new Cue(EventType.fromWire(parts[0].trim()), Pattern.compile(guard + "\\b(?:" + cue + ")", flags),
          starts == null ? null : starts.substring(1, starts.length() - 1)));
    }
    return new EventTypeRules(cues, EventFrames.load());
  }

  /**
   * The type whose cues score most, a cue in the title counting {@value #TITLE_WEIGHT} and one in
   * the body 1; but a type the title names beats one it does not ("a release reporting several
   * events takes the type of its title": a visit beats the meetings it contains, a sentencing the
   * DA who "announced" it), so body cues only rank the types the title names, or all types when the
   * title names none. A release in its author's own voice ({@link FirstPerson}) is a statement,
   * unless its title names another type and not a statement ("Meet Paralegal ..." stays other).
   * A visit that frames the title or the lead ("paid an official visit to") puts the meetings it
   * contains out of the running; a visit told only by "visited" whose lead tells a reception ("hosted
   * the Ambassador") was mainly a meeting ({@link EventFrames}).
   */
  @Override
  public EventType classify(String title, String body) {
    int[] t = counts(title);
    int[] b = counts(body);
    int[] score = new int[EventType.values().length];
    for (int i = 0; i < score.length; i++) {
      score[i] = TITLE_WEIGHT * t[i] + b[i];
    }
    String lead = lead(body);
    boolean titleNamesOne = namesOne(t);
    boolean[] competing = titleNamesOne ? named(t) : all();
    if (FirstPerson.speaks(body) && (!titleNamesOne || competing[EventType.STATEMENT.ordinal()])) {
      return EventType.STATEMENT; // the author speaks: remarks, a speech, a letter are the statement
    }
    String lowerLead = lead.toLowerCase(Locale.ROOT);
    boolean visitFramed = frames.framesVisit(title.toLowerCase(Locale.ROOT)) || frames.framesVisit(lowerLead);
    if (visitFramed && competing[EventType.VISIT.ordinal()]) {
      competing[EventType.MEETING.ordinal()] = false; // a visit beats the meetings it contains
    }
    EventType best = EventType.OTHER;
    int bestScore = 0;
    for (Cue cue : cues) {
      int s = score[cue.type().ordinal()];
      if (s > bestScore && competing[cue.type().ordinal()]) {
        best = cue.type();
        bestScore = s;
      }
    }
    if (best == EventType.VISIT && !visitFramed && frames.tellsReception(lowerLead)) {
      return EventType.MEETING;
    }
    if (best == EventType.HEARING && t[EventType.HEARING.ordinal()] == 0
        && counts(lead)[EventType.HEARING.ordinal()] == 0 && !CaseActs.told(body)) {
      return EventType.STATEMENT; // court words of a policy, a programme or statistics: the office's announcement
    }
    return best;
  }

  private static boolean namesOne(int[] counts) {
    for (int n : counts) {
      if (n > 0) {
        return true;
      }
    }
    return false;
  }

  /** The types with a cue in {@code counts}. */
  private static boolean[] named(int[] counts) {
    boolean[] named = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      named[i] = counts[i] > 0;
    }
    return named;
  }

  private static boolean[] all() {
    boolean[] all = new boolean[EventType.values().length];
    Arrays.fill(all, true);
    return all;
  }

  /** The body's lead: its first line of prose (empty when it has none). */
  static String lead(String body) {
    for (String line : body.split("\n")) {
      if (Prose.isProse(line)) {
        return line;
      }
    }
    return "";
  }

  /**
   * Cue matches per type; a match that lies inside a longer match of another type does not count
   * ("meeting" inside "meeting of the judicial council" is the plenum's cue, not a meeting's), nor
   * does one inside an attribution ("the court's statement said" names the source, not the event).
   */
  private int[] counts(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> attributions = frames.attributions(lower);
    List<int[]> matches = new ArrayList<>(); // start, end, type
    for (int i : unguarded) {
      Cue cue = cues.get(i);
      Matcher m = cue.pattern().matcher(lower);
      while (m.find()) {
        if (!inside(m.start(), m.end(), attributions)) {
          matches.add(new int[] {m.start(), m.end(), cue.type().ordinal()});
        }
      }
    }
    guardedMatches(lower, attributions, matches);
    int[] n = new int[EventType.values().length];
    for (int[] a : matches) {
      boolean inside = false;
      for (int[] o : matches) {
        if (o[2] != a[2] && o[0] <= a[0] && a[1] <= o[1] && o[1] - o[0] > a[1] - a[0]) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        n[a[2]]++;
      }
    }
    return n;
  }

  /**
   * The matches of the guarded cues, the same as each cue's own {@code find} loop gives, in one pass over the text:
   * a guarded cue can only match at a word start whose character is among its starts, so only there is it tried
   * (each its own matcher, from the end of its last match on, as {@code find} goes on), instead of every cue
   * scanning every character. Transparent bounds let the word boundary and look-behinds see the text before.
   */
  private void guardedMatches(String lower, List<int[]> attributions, List<int[]> matches) {
    Matcher[] matchers = new Matcher[cues.size()];
    int[] from = new int[cues.size()]; // where each cue's next match may start
    int n = lower.length();
    for (int p = 0; p < n; p++) {
      char c = lower.charAt(p);
      if (c >= 128 || cuesByStart[c].length == 0) {
        continue;
      }
      if (p > 0 && isAsciiWordChar(lower.charAt(p - 1))) {
        continue; // inside a word: the starts are letters and digits, so no word boundary before p
      }
      for (int i : cuesByStart[c]) {
        if (from[i] > p) {
          continue;
        }
        Matcher m = matchers[i];
        if (m == null) {
          m = cues.get(i).pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[i] = m;
        }
        if (m.region(p, n).lookingAt()) {
          from[i] = m.end() == m.start() ? m.end() + 1 : m.end();
          if (!inside(m.start(), m.end(), attributions)) {
            matches.add(new int[] {m.start(), m.end(), cues.get(i).type().ordinal()});
          }
        }
      }
    }
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static boolean inside(int start, int end, List<int[]> spans) {
    for (int[] span : spans) {
      if (span[0] <= start && end <= span[1]) {
        return true;
      }
    }
    return false;
  }
}
