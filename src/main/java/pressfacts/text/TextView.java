package pressfacts.text;

import java.util.List;
import java.util.Objects;
import pressfacts.doc.CharSpan;

/**
 * The one view of a document's text that every stage reads: the original (all offsets index into
 * it), its matching form ({@link Normalization#forMatching}, same length, so offsets carry over)
 * and the trimmed span of every line of it ({@link Lines}). Built once per document by the text
 * stage, so no stage normalizes or splits lines again; tests build one with {@link #of}.
 * Tokens and sentences stay in the token layer, which is read from this view.
 */
public record TextView(String original, String matching, List<CharSpan> lines) {
  public TextView {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(matching, "matching");
    if (matching.length() != original.length()) {
      throw new IllegalArgumentException("the matching form must keep every offset of the original");
    }
    lines = List.copyOf(lines);
  }

  /** The view of {@code text}: its matching form and lines, computed here once. */
  public static TextView of(String text) {
    String matching = Normalization.forMatching(text);
    return new TextView(text, matching, Lines.of(matching));
  }
}
