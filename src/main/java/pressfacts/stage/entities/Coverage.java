package pressfacts.stage.entities;

import java.util.BitSet;
import pressfacts.doc.CharSpan;

/**
 * The characters covered by a set of spans, for overlap tests in constant time: a span overlaps
 * the set when one of its characters is covered. Lists searched span by span made the entity
 * stage quadratic on documents of megabytes.
 */
final class Coverage {
  private final BitSet covered = new BitSet();

  static Coverage of(Iterable<CharSpan> spans) {
    Coverage c = new Coverage();
    for (CharSpan s : spans) {
      c.add(s);
    }
    return c;
  }

  void add(CharSpan s) {
    covered.set(s.start(), s.end());
  }

  void remove(CharSpan s) {
    covered.clear(s.start(), s.end());
  }

  boolean overlaps(CharSpan s) {
    int next = covered.nextSetBit(s.start());
    return next >= 0 && next < s.end();
  }
}
