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

  private record Cue(EventType type, Pattern pattern) {
  }

  private final List<Cue> cues;
  private final EventFrames frames;

  private EventTypeRules(List<Cue> cues, EventFrames frames) {
    this.cues = List.copyOf(cues);
    this.frames = frames;
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
      cues.add(new Cue(EventType.fromWire(parts[0].trim()), Pattern.compile(guard + "\\b(?:" + cue + ")", flags)));
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
    for (Cue cue : cues) {
      Matcher m = cue.pattern().matcher(lower);
      while (m.find()) {
        if (!inside(m.start(), m.end(), attributions)) {
          matches.add(new int[] {m.start(), m.end(), cue.type().ordinal()});
        }
      }
    }
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

  private static boolean inside(int start, int end, List<int[]> spans) {
    for (int[] span : spans) {
      if (span[0] <= start && end <= span[1]) {
        return true;
      }
    }
    return false;
  }
}
