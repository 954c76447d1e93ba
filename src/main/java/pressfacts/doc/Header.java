package pressfacts.doc;

import java.util.List;

/**
 * The head of a release: the title line ({@code title}, null for an empty text), the lines that
 * repeat the title ({@code repeatedTitles}), and {@code bodyStart}, the offset after the head
 * (title, date line and repeated titles), where the reported story begins.
 */
public record Header(CharSpan title, List<CharSpan> repeatedTitles, int bodyStart) {
  public Header {
    repeatedTitles = List.copyOf(repeatedTitles);
  }
}
