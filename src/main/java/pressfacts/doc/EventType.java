package pressfacts.doc;

import java.util.Locale;

/** What a release reports (ANNOTATION.md, "Event"). */
public enum EventType {
  MEETING, PLENUM, HEARING, APPOINTMENT, TRAINING, CONFERENCE, AGREEMENT, LEGISLATION, CEREMONY,
  VISIT, STATEMENT, OTHER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventType fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
