package pressfacts.stage.citations;

import java.util.List;
import java.util.Set;
import pressfacts.doc.CitationLayer;
import pressfacts.doc.Document;
import pressfacts.pipeline.Annotations;
import pressfacts.pipeline.Key;
import pressfacts.pipeline.Keys;
import pressfacts.pipeline.Stage;

/** Finds legal citations. (Grammar lands with the citations issue.) */
public final class CitationStage implements Stage {
  @Override
  public String name() {
    return "citations";
  }

  @Override
  public Set<Key<?>> needs() {
    return Set.of(Keys.DATES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Keys.CITATIONS);
  }

  @Override
  public Annotations apply(Document doc, Annotations in) {
    return in.with(Keys.CITATIONS, new CitationLayer(List.of(), List.of()));
  }
}
