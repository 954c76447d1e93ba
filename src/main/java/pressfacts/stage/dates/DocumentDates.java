package pressfacts.stage.dates;

import java.util.ArrayList;
import java.util.List;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.doc.Header;
import pressfacts.text.Normalization;

/**
 * The dates of one document: find the candidates, pick the date line, choose the reference
 * date, then place every candidate against it. A pure function of its inputs.
 *
 * <p>The reference for relative and yearless dates is the supplied publication date when the
 * source gives one, else the date line's value. A date line coarser than a day ("2009 Jun") is
 * narrowed by a full date in the title that falls inside it, so "Monday" can still be placed.
 * A date line without a year ("Baku. 22 January.") takes the year of the supplied date, or
 * else the latest year that the document writes out in full: a guess, but the nearest-year
 * rule needs a reference and the text gives no other.
 */
public final class DocumentDates {
  private final DateFinder finder;
  private final PublishedLine publishedLine;

  DocumentDates(DateFinder finder, DateLexicon lex) {
    this.finder = finder;
    this.publishedLine = new PublishedLine(lex);
  }

  private static final class Holder {
    static final DocumentDates STANDARD = new DocumentDates(DateFinder.standard(), DateFinder.standard().lexicon());
  }

  /** The standard instance, loaded once per process (immutable, thread-safe). */
  public static DocumentDates standard() {
    return Holder.STANDARD;
  }

  /** All dates of {@code text} and its date line; {@code supplied} is the source's published value or null. */
  public DateLayer read(String text, Header header, DateValue supplied) {
    String match = Normalization.forMatching(text);
    List<DateCandidate> candidates = finder.match(text);
    DateCandidate line = publishedLine.find(match, header, candidates);
    DateValue lineValue = line == null ? null : line.reading().resolve(
        supplied != null ? supplied : latestWrittenYear(candidates));
    DateValue reference = supplied != null ? supplied : narrowByTitle(lineValue, header, candidates);

    List<DateMention> dates = new ArrayList<>();
    DateMention published = null;
    for (DateCandidate c : candidates) {
      DateValue value = c == line ? lineValue : c.reading().resolve(reference);
      DateMention m = DateMention.of(text, c.span(), value);
      dates.add(m);
      if (c == line && value != null) {
        published = m;
      }
    }
    return new DateLayer(dates, published);
  }

  /** The latest year among the dates written out in full, as a Year, or null. */
  private static DateValue latestWrittenYear(List<DateCandidate> candidates) {
    int latest = 0;
    for (DateCandidate c : candidates) {
      if (c.reading() instanceof DateReading.Fixed f) {
        latest = Math.max(latest, f.value().lastDay().getYear());
      }
    }
    return latest == 0 ? null : new DateValue.Year(latest);
  }

  /** {@code value} itself when it names a day, else a full date of the title line inside it, else {@code value}. */
  private static DateValue narrowByTitle(DateValue value, Header header, List<DateCandidate> candidates) {
    if (value == null || value.firstDay().equals(value.lastDay()) || header.title() == null) {
      return value;
    }
    CharSpan title = header.title();
    for (DateCandidate c : candidates) {
      if (title.contains(c.span()) && c.reading() instanceof DateReading.Fixed f
          && f.value().firstDay().equals(f.value().lastDay())
          && !f.value().firstDay().isBefore(value.firstDay()) && !f.value().lastDay().isAfter(value.lastDay())) {
        return new DateValue.Day(f.value().firstDay());
      }
    }
    return value;
  }
}
