package pressfacts.doc;

import java.util.List;

/**
 * The head of a release: the title line ({@code title}, null for an empty text), the lines that
 * repeat the title ({@code repeatedTitles}), and {@code bodyStart}, the offset after the head
 * (title, date line and repeated titles), where the reported story begins.
 *
 * <p>On a scraped page the release stands among page furniture (navigation, share labels,
 * "Latest Posts" sidebars, footers). {@code release} is the release proper, from its title to
 * its last line of prose, or null when the page was not read for it; {@code sidebarStart} is
 * where the sidebars after the release begin (a "Recent News" heading and its teaser items), or
 * {@link Integer#MAX_VALUE} when the page has none.
 */
public record Header(CharSpan title, List<CharSpan> repeatedTitles, int bodyStart, CharSpan release,
                     int sidebarStart) {
  public Header {
    repeatedTitles = List.copyOf(repeatedTitles);
  }

  /** A head without page layout: the whole text is the release. */
  public Header(CharSpan title, List<CharSpan> repeatedTitles, int bodyStart) {
    this(title, repeatedTitles, bodyStart, null, Integer.MAX_VALUE);
  }

  /** True when {@code offset} lies in the sidebars after the release. */
  public boolean inSidebar(int offset) {
    return offset >= sidebarStart;
  }
}
