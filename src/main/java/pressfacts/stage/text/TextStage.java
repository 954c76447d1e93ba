package pressfacts.stage.text;

import java.util.Set;
import pressfacts.doc.Document;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;
import pressfacts.text.TextView;

/**
 * Builds the document's {@link TextView} (matching form and lines) once, as {@link Keys#TEXT}, for
 * every later stage to read. It comes first in a pipeline.
 */
public final class TextStage implements Stage {

  @Override
  public String name() {
    return "text";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    return in.with(Keys.TEXT, TextView.of(doc.text()));
  }
}
