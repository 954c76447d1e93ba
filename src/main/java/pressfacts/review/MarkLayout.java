package pressfacts.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Lays highlights over a text as properly nested marks: a flat list of pieces (open a mark, a
 * stretch of text, close a mark) that a template writes in order. A span inside another (a date
 * inside a citation) becomes a mark inside the other's mark. A span that crosses the end of an
 * enclosing one is cut there; the pieces share one {@code mark} name, and only the first carries
 * the DOM id. Empty spans and spans outside the text get no mark (the fact list flags them).
 */
public final class MarkLayout {

  /** One piece: exactly one of {@code open} (a mark begins), {@code text}, {@code close} (the innermost open mark ends). */
  public record Piece(Mark open, String text, boolean close) {
  }

  /** An opening mark tag: its DOM id (empty on continued pieces), CSS class, offsets of this piece, group name and tooltip. */
  public record Mark(String domId, String cssClass, int start, int end, String mark, String tooltip) {
  }

  /** Outer first: earlier start, then longer span, then the outer kind. */
  private static final Comparator<Queued> ORDER = Comparator.<Queued>comparingInt(q -> q.start)
      .thenComparing(q -> -q.end)
      .thenComparing(q -> q.h.kind())
      .thenComparingInt(q -> q.seq);

  private record Queued(Highlight h, int start, int end, boolean first, int seq) {
  }

  private MarkLayout() {
  }

  public static List<Piece> layout(String text, List<Highlight> highlights) {
    PriorityQueue<Queued> queue = new PriorityQueue<>(ORDER);
    int seq = 0;
    for (Highlight h : highlights) {
      if (h.end() > h.start() && h.end() <= text.length()) {
        queue.add(new Queued(h, h.start(), h.end(), true, seq++));
      }
    }
    List<Piece> out = new ArrayList<>();
    List<Queued> open = new ArrayList<>();
    int pos = 0;
    while (!queue.isEmpty()) {
      Queued q = queue.poll();
      pos = closeUpTo(text, q.start, open, out, pos);
      text(text, pos, q.start, out);
      pos = q.start;
      int end = q.end;
      if (!open.isEmpty() && open.get(open.size() - 1).end < end) {
        // Crossing spans cannot nest: cut this one at the enclosing mark's end and queue the rest.
        end = open.get(open.size() - 1).end;
        queue.add(new Queued(q.h, end, q.end, false, seq++));
      }
      Queued piece = new Queued(q.h, q.start, end, q.first, q.seq);
      out.add(new Piece(new Mark(q.first ? q.h.markId() : "", q.h.kind().cssClass(), q.start, end,
          q.h.markId(), q.h.tooltip()), null, false));
      open.add(piece);
    }
    pos = closeUpTo(text, Integer.MAX_VALUE, open, out, pos);
    text(text, pos, text.length(), out);
    return out;
  }

  /** Closes every open mark that ends at or before {@code limit}, writing the text up to each end. */
  private static int closeUpTo(String text, int limit, List<Queued> open, List<Piece> out, int pos) {
    while (!open.isEmpty() && open.get(open.size() - 1).end <= limit) {
      Queued top = open.remove(open.size() - 1);
      text(text, pos, top.end, out);
      pos = top.end;
      out.add(new Piece(null, null, true));
    }
    return pos;
  }

  private static void text(String text, int from, int to, List<Piece> out) {
    if (to > from) {
      out.add(new Piece(null, text.substring(from, to), false));
    }
  }
}
