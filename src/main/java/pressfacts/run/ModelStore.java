package pressfacts.run;

import java.util.Optional;
import pressfacts.model.ModelFile;
import pressfacts.stage.entities.OrgNameFinder;
import pressfacts.stage.entities.OrganizationCandidates;
import pressfacts.stage.event.EventCategorizer;
import pressfacts.stage.event.EventTypeClassifier;
import pressfacts.stage.event.EventTypeRules;
import pressfacts.stage.ner.NerModel;
import pressfacts.stage.roles.RoleLinker;
import pressfacts.stage.warnings.LanguageCheck;

/**
 * Every model and lexicon the pipeline uses, loaded once per process and shared by all threads.
 * The event-type categorizer trained into models/ is used when its sidecar says it was adopted
 * (it beat the keyword rules on the folder {@code train} scored it on); otherwise the rules are.
 * Likewise the organization name finder feeds the entity stage extra candidates only when its
 * sidecar says it was adopted, and the role linker chooses the roles only when its sidecar says so
 * (else the role rules settle them). Each adopted model is read once, here.
 *
 * <p>It lives in run/, beside {@link StandardPipeline}, because it holds the stages' own model
 * types: run/ is where the stages are assembled, so the model package below it stays free of them.
 */
public record ModelStore(NerModel ner, EventTypeClassifier eventTypes, LanguageCheck language,
                         OrganizationCandidates organizations, Optional<RoleLinker> roleLinker) {
  public static ModelStore load() {
    return new ModelStore(NerModel.loadDefault(), loadEventTypes(), LanguageCheck.load(), loadOrganizations(),
        ModelFile.ROLE_LINKER.loadIfAdopted(RoleLinker::load));
  }

  /** The same models with another source of organization candidates (to score the pipeline with and without one). */
  public ModelStore withOrganizations(OrganizationCandidates other) {
    return new ModelStore(ner, eventTypes, language, other, roleLinker);
  }

  /** The same models with another role linker, or the rule path when {@code linker} is empty (to compare the two). */
  public ModelStore withRoleLinker(Optional<RoleLinker> linker) {
    return new ModelStore(ner, eventTypes, language, organizations, linker);
  }

  static OrganizationCandidates loadOrganizations() {
    return ModelFile.ORG_NAMES.<OrganizationCandidates>loadIfAdopted(OrgNameFinder::load).orElse(OrganizationCandidates.NONE);
  }

  static EventTypeClassifier loadEventTypes() {
    return ModelFile.EVENT_TYPE.<EventTypeClassifier>loadIfAdopted(EventCategorizer::load).orElseGet(EventTypeRules::load);
  }
}
