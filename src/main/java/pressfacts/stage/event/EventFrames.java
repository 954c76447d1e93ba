package pressfacts.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.text.LexiconFile;

/**
 * Phrases that decide between event types rather than name one (lexicon/event/event-frames.tsv):
 * attribution ("the court's statement said": the source of the facts, not the event), a visit frame
 * ("paid an official visit to": a visit beats the meetings it contains), a statement's or an appeal's topic ("Statement on
 * Conviction of ...": the statement is the event) and a reception ("hosted the
 * Ambassador": a visit told only by "visited" is then mainly a meeting). All match lower-cased text.
 */
final class EventFrames {
  static final String RESOURCE = "/pressfacts/lexicon/event/event-frames.tsv";

  private final Pattern attribution;
  /** What a statement or an appeal is about, one pattern a row (each names its group "topic"): the span whose cues do not count. */
  private final List<Pattern> topics;
  private final Pattern visit;
  private final Pattern reception;

  private EventFrames(Pattern attribution, List<Pattern> topics, Pattern visit, Pattern reception) {
    this.attribution = attribution;
    this.topics = topics;
    this.visit = visit;
    this.reception = reception;
  }

  static EventFrames load() {
    List<String> attribution = new ArrayList<>();
    List<String> topic = new ArrayList<>();
    List<String> visit = new ArrayList<>();
    List<String> reception = new ArrayList<>();
    for (String[] row : LexiconFile.rows(RESOURCE, 2)) {
      String cue = "(" + row[1].trim() + ")"; // a plain group, whose first letters CueStarts can read
      switch (row[0].trim()) {
        case "attribution" -> attribution.add(cue);
        case "topic" -> topic.add(cue);
        case "visit" -> visit.add(cue);
        case "reception" -> reception.add(cue);
        default -> throw new IllegalStateException(RESOURCE + ": unknown kind '" + row[0] + "'");
      }
    }
    if (topic.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": a topic row expected (its group 'topic' is the span)");
    }
    return new EventFrames(either(attribution), topic.stream().map(t -> either(List.of(t))).toList(), either(visit),
        either(reception));
  }

  /**
   * One pattern of the cues, from a word start, guarded by their possible first letters when
   * {@link CueStarts} can tell them: these run over every body, and most word starts fail at once.
   */
  private static Pattern either(List<String> cues) {
    String all = String.join("|", cues);
    String starts = CueStarts.classOf(all);
    return Pattern.compile((starts == null ? "" : "(?=" + starts + ")") + "\\b(?:" + all + ")\\b");
  }

  /** The spans (start, end) of attribution phrases and of statements' topics in lower-cased {@code lower}. */
  List<int[]> attributions(String lower) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = attribution.matcher(lower);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    for (Pattern topic : topics) {
      Matcher t = topic.matcher(lower);
      while (t.find()) {
        spans.add(new int[] {t.start("topic"), t.end("topic")});
      }
    }
    return spans;
  }

  /** Whether lower-cased {@code lower} frames a visit ("paid an official visit to", "toured"). */
  boolean framesVisit(String lower) {
    return visit.matcher(lower).find();
  }

  /** Whether lower-cased {@code lower} tells that the host received a guest ("hosted", "received", "welcomed"). */
  boolean tellsReception(String lower) {
    return reception.matcher(lower).find();
  }
}
