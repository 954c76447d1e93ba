package pressfacts.model;

import pressfacts.stage.event.EventTypeRules;
import pressfacts.stage.ner.NerModel;
import pressfacts.stage.warnings.LanguageCheck;

/**
 * Every model and lexicon the pipeline uses, loaded once per process and shared by all threads.
 * Tests that need only some stages load only those models directly.
 */
public record ModelStore(NerModel ner, EventTypeRules eventRules, LanguageCheck language) {

  public static ModelStore load() {
    return new ModelStore(NerModel.loadDefault(), EventTypeRules.load(), LanguageCheck.load());
  }
}
