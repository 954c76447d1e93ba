package pressfacts.doc;

import java.util.List;

/** Citations of a document; the citation stage's warnings go to the annotations' warnings. */
public record CitationLayer(List<Citation> citations) {
  public CitationLayer {
    citations = citations.stream().sorted().toList();
  }
}
