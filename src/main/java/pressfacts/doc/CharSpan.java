package pressfacts.doc;

/**
 * A half-open stretch {@code [start, end)} of UTF-16 code units in the <em>original</em> text of a
 * document. Spans never point into a normalized copy: normalization keeps offsets (see
 * {@code pressfacts.text.TextView}), so one span type serves every stage.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  /** The covered text of {@code text}; fails loudly when the span is outside it. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException("span [" + start + "," + end + ") outside text of length " + text.length());
    }
    return text.substring(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
