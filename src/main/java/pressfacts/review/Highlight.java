package pressfacts.review;

import java.util.Objects;

/**
 * A stretch of text to mark: {@code [start, end)} in UTF-16 units, its kind, the DOM id of its
 * mark ({@code markId}, unique in a page) and what hovering it shows ({@code tooltip}).
 */
public record Highlight(int start, int end, SpanKind kind, String markId, String tooltip) {
  public Highlight {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(markId, "markId");
    Objects.requireNonNull(tooltip, "tooltip");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad highlight [" + start + "," + end + ")");
    }
  }
}
