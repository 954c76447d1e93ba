package pressfacts.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pressfacts.doc.EventType;
import pressfacts.text.LexiconFile;

/**
 * Keyword baseline for the event type: cue patterns per type from a lexicon file, title cues
 * weighted above body cues ("a release reporting several events takes the type of its title").
 */
public final class EventTypeRules implements EventTypeClassifier {
  static final String RESOURCE = "/pressfacts/lexicon/event-keywords.tsv";
  private static final int TITLE_WEIGHT = 3;

  private record Cue(EventType type, Pattern pattern) {
  }

  private final List<Cue> cues;

  private EventTypeRules(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  public static EventTypeRules load() {
    List<Cue> cues = new ArrayList<>();
    for (String line : LexiconFile.lines(RESOURCE)) {
      String[] parts = line.split("\t", 2);
      cues.add(new Cue(EventType.fromWire(parts[0].trim()),
          Pattern.compile("\\b(?:" + parts[1].trim() + ")", Pattern.CASE_INSENSITIVE)));
    }
    return new EventTypeRules(cues);
  }

  @Override
  public EventType classify(String title, String body) {
    int[] score = new int[EventType.values().length];
    for (Cue cue : cues) {
      score[cue.type().ordinal()] += TITLE_WEIGHT * count(cue.pattern(), title) + count(cue.pattern(), body);
    }
    EventType best = EventType.OTHER;
    int bestScore = 0;
    for (Cue cue : cues) {
      int s = score[cue.type().ordinal()];
      if (s > bestScore) {
        best = cue.type();
        bestScore = s;
      }
    }
    return best;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text.toLowerCase(Locale.ROOT));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
