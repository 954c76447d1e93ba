package pressfacts.stage.dates;

import java.util.Set;
import pressfacts.doc.Document;
import pressfacts.lexicon.Lexicons;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;

/**
 * Finds calendar expressions and the document's own date line, with the grammar of
 * {@link DateFinder} and the date-line rules of {@link PublishedLine}; the work is done by the
 * pure function {@link DocumentDates#read}, this stage only wires it. Needs the header (title
 * line and body start) to know where the date line may stand.
 */
public final class DateStage implements Stage {
  private final DocumentDates dates;

  public DateStage() {
    this(DocumentDates.standard());
  }

  /** With the pipeline's shared vocabulary {@code common} (month names, date-line words). */
  public DateStage(Lexicons common) {
    this(DocumentDates.of(common));
  }

  public DateStage(DocumentDates dates) {
    this.dates = dates;
  }

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.TEXT, Keys.HEADER);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.DATES);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    return in.with(Keys.DATES, dates.read(in.get(Keys.TEXT), in.get(Keys.HEADER), doc.suppliedPublished()));
  }
}
