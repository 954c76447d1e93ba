package pressfacts.stage.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pressfacts.doc.CharSpan;
import pressfacts.doc.Header;
import pressfacts.text.Lines;
import pressfacts.text.Normalization;

/**
 * The header stage's verdict on each line of a scraped page, for measuring it against lines
 * labelled by hand. A line is furniture when it stands in the sidebars; when it lies outside the
 * release proper that {@link HeaderStage#read} found (before the title or after the last prose
 * line), unless it is a date line (a page's metadata stamp after the release is its date line);
 * or, inside the release, when it is a label ("Share", "4 min read"). A line without words (an
 * address, a phone number, a lone quote mark) takes the side of its neighbours: furniture in a
 * menu, a fragment of a sentence or the release's contact between release lines.
 */
public final class FurnitureLines {
  /** A date's shape: a month name or a numeric date (not a phone number or a lone digit). */
  private static final Pattern DATE_SHAPE = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

  private FurnitureLines() {
  }

  /** The non-empty lines of {@code text} (trimmed spans, as {@link Lines} splits them) judged furniture. */
  public static List<CharSpan> of(String text) {
    Header header = HeaderStage.read(text);
    String match = Normalization.forMatching(text);
    PageLayout page = PageLayout.standard();
    CharSpan release = header.release();
    List<CharSpan> lines = new ArrayList<>();
    for (CharSpan line : Lines.of(match)) {
      if (line.length() > 0) {
        lines.add(line);
      }
    }
    // First the lines that say what they are; word-less lines inside the release wait (null).
    Boolean[] furniture = new Boolean[lines.size()];
    boolean outsideDateLineSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      CharSpan line = lines.get(i);
      String content = line.of(match);
      boolean outside = release != null && (line.end() <= release.start() || line.start() >= release.end());
      boolean dateLine = HeaderStage.isDateLine(content) && DATE_SHAPE.matcher(content).find();
      if (header.inSidebar(line.start())) {
        furniture[i] = true;
      } else if (dateLine && !(outside && outsideDateLineSeen)) {
        // outside the release only the first stamp is the date line ("2025-09-02 11:34:09"); the
        // next one is the page's modification stamp
        outsideDateLineSeen |= outside;
        furniture[i] = false;
      } else if (outside || page.isLabel(content)) {
        furniture[i] = true;
      } else if (!page.isNonText(content)) {
        furniture[i] = false;
      }
    }
    // A run of word-less lines is furniture when a furniture line borders it on either side.
    List<CharSpan> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); ) {
      if (furniture[i] != null) {
        if (furniture[i]) {
          out.add(lines.get(i));
        }
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && furniture[end] == null) {
        end++;
      }
      boolean f = (i > 0 && furniture[i - 1]) || (end < lines.size() && furniture[end]);
      for (int k = i; k < end; k++) {
        if (f) {
          out.add(lines.get(k));
        }
      }
      i = end;
    }
    return out;
  }
}
