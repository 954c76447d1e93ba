package pressfacts.doc;

import java.util.BitSet;

/**
 * The characters covered by a set of spans, for overlap tests in constant time: a span overlaps
 * the set when one of its characters is covered. Lists searched span by span made the entity
 * stage quadratic on documents of megabytes. An empty span covers nothing and overlaps nothing.
 */
public final class Coverage {
  private final BitSet covered = new BitSet();

  public static Coverage of(Iterable<CharSpan> spans) {
    Coverage c = new Coverage();
    for (CharSpan s : spans) {
      c.add(s);
    }
    return c;
  }

  public void add(CharSpan s) {
    covered.set(s.start(), s.end());
  }

  public void remove(CharSpan s) {
    covered.clear(s.start(), s.end());
  }

  public boolean overlaps(CharSpan s) {
    int next = covered.nextSetBit(s.start());
    return next >= 0 && next < s.end();
  }
}
