package pressfacts.doc;

import java.util.List;

/** Citations of a document, and warnings the citation stage raised (unresolved back-references). */
public record CitationLayer(List<Citation> citations, List<Warning> warnings) {
  public CitationLayer {
    citations = citations.stream().sorted().toList();
    warnings = List.copyOf(warnings);
  }
}
