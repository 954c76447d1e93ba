package pressfacts.run;

import pressfacts.model.ModelFile;
import pressfacts.stage.entities.OrgNameFinder;
import pressfacts.stage.entities.OrganizationCandidates;
import pressfacts.stage.event.EventCategorizer;
import pressfacts.stage.event.EventTypeClassifier;
import pressfacts.stage.event.EventTypeRules;
import pressfacts.stage.ner.NerModel;
import pressfacts.stage.warnings.LanguageCheck;

/**
 * Every model and lexicon the pipeline uses, loaded once per process and shared by all threads.
 * The event-type categorizer trained into models/ is used when its sidecar says it was adopted
 * (it beat the keyword rules on the folder {@code train} scored it on); otherwise the rules are.
 * Likewise the organization name finder feeds the entity stage extra candidates only when its
 * sidecar says it was adopted.
 *
 * <p>It lives in run/, beside {@link StandardPipeline}, because it holds the stages' own model
 * types: run/ is where the stages are assembled, so the model package below it stays free of them.
 */
public record ModelStore(NerModel ner, EventTypeClassifier eventTypes, LanguageCheck language,
                         OrganizationCandidates organizations) {
  public static ModelStore load() {
    return new ModelStore(NerModel.loadDefault(), loadEventTypes(), LanguageCheck.load(), loadOrganizations());
  }

  /** The same models with another source of organization candidates (to score the pipeline with and without one). */
  public ModelStore withOrganizations(OrganizationCandidates other) {
    return new ModelStore(ner, eventTypes, language, other);
  }

  static OrganizationCandidates loadOrganizations() {
    return ModelFile.ORG_NAMES.<OrganizationCandidates>loadIfAdopted(OrgNameFinder::load).orElse(OrganizationCandidates.NONE);
  }

  static EventTypeClassifier loadEventTypes() {
    return ModelFile.EVENT_TYPE.<EventTypeClassifier>loadIfAdopted(EventCategorizer::load).orElseGet(EventTypeRules::load);
  }
}
