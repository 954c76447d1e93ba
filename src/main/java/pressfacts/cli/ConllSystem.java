package pressfacts.cli;

import java.util.List;
import pressfacts.eval.conll.ConllDocument;
import pressfacts.eval.conll.Prediction;

/**
 * A tagger {@code eval-conll} scores: it is built once (models loaded), then asked for the PER,
 * ORG and LOC mentions of one CoNLL document's text at a time, from several threads at once.
 */
interface ConllSystem {

  /** The name on the table's column. */
  String name();

  /** The mentions predicted in {@code doc.text()}, types in CoNLL terms; other types left out. */
  List<Prediction> predict(ConllDocument doc) throws Exception;
}
