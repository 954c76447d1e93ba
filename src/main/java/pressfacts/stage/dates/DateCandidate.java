package pressfacts.stage.dates;

import pressfacts.doc.CharSpan;

/**
 * A calendar expression found in a text, before it is placed on the calendar: where it is, what
 * it means ({@link DateReading}), and the name of the grammar rule that found it (for debugging
 * and tests).
 */
record DateCandidate(CharSpan span, DateReading reading, String rule) implements Comparable<DateCandidate> {
  @Override
  public int compareTo(DateCandidate o) {
    return span.compareTo(o.span);
  }
}
