package pressfacts.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pressfacts.doc.Document;

/**
 * Makes benchmark input from real documents: copy {@code k} of a document keeps its head (title
 * and date line, up to the first blank line) and rotates its body paragraphs by {@code k}, so
 * copies differ in order and in where each fact stands, yet stay the same kind of text.
 */
public final class Synth {
  private Synth() {
  }

  public static Document variant(Document d, int k) {
    String text = d.text();
    int headEnd = text.indexOf("\n\n");
    if (k == 0 || headEnd < 0) {
      return new Document(d.docId() + "~" + k, text, d.suppliedPublished(), d.suppliedTitle(), List.of());
    }
    String head = text.substring(0, headEnd + 2);
    List<String> paragraphs = new ArrayList<>(List.of(text.substring(headEnd + 2).split("\n\n", -1)));
    Collections.rotate(paragraphs, k % Math.max(1, paragraphs.size()));
    return new Document(d.docId() + "~" + k, head + String.join("\n\n", paragraphs), d.suppliedPublished(),
        d.suppliedTitle(), List.of());
  }

  /** {@code n} documents cycling over {@code base}, copy number increasing each round. */
  public static List<Document> expand(List<Document> base, int n) {
    List<Document> out = new ArrayList<>(n);
    for (int i = 0; i < n && !base.isEmpty(); i++) {
      out.add(variant(base.get(i % base.size()), i / base.size()));
    }
    return out;
  }
}
