package pressfacts.doc;

import java.util.List;

/** The warnings of a document, gathered from the source and every stage. */
public record WarningLayer(List<Warning> warnings) {
  public WarningLayer {
    warnings = List.copyOf(warnings);
  }
}
