package pressfacts.stage.dates;

import java.util.List;
import java.util.Set;
import pressfacts.doc.DateLayer;
import pressfacts.doc.Document;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;

/** Finds calendar expressions and the document's own date line. (Grammar lands with the dates issue.) */
public final class DateStage implements Stage {
  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.HEADER);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.DATES);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    return in.with(Keys.DATES, new DateLayer(List.of(), null));
  }
}
