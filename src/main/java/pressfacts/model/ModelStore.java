package pressfacts.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import pressfacts.stage.entities.OrganizationCandidates;
import pressfacts.stage.event.EventTypeClassifier;
import pressfacts.stage.event.EventTypeRules;
import pressfacts.stage.ner.NerModel;
import pressfacts.stage.warnings.LanguageCheck;

/**
 * Every model and lexicon the pipeline uses, loaded once per process and shared by all threads.
 * The event-type categorizer trained into models/ is used when its sidecar says it was adopted
 * (it beat the keyword rules on corpus/synthetic/test); otherwise the rules are. Likewise the organization
 * name finder feeds the entity stage extra candidates only when its sidecar says it was adopted.
 */
public record ModelStore(NerModel ner, EventTypeClassifier eventTypes, LanguageCheck language,
                         OrganizationCandidates organizations) {
  /** Where the build puts models/*.bin and their sidecars inside the jar. */
  static final String MODELS_ON_CLASSPATH = "/pressfacts/models/";

  public static ModelStore load() {
    return new ModelStore(NerModel.loadDefault(), loadEventTypes(), LanguageCheck.load(), loadOrganizations());
  }

  /** The same models with another source of organization candidates (to score the pipeline with and without one). */
  public ModelStore withOrganizations(OrganizationCandidates other) {
    return new ModelStore(ner, eventTypes, language, other);
  }

  static OrganizationCandidates loadOrganizations() {
    try (InputStream sidecar = ModelStore.class.getResourceAsStream(MODELS_ON_CLASSPATH + OrgModelTrainer.SIDECAR_FILE)) {
      if (sidecar != null && new ObjectMapper().readTree(sidecar).path("adopted").asBoolean(false)) {
        try (InputStream bin = ModelStore.class.getResourceAsStream(MODELS_ON_CLASSPATH + OrgModelTrainer.MODEL_FILE)) {
          if (bin == null) {
            throw new IllegalStateException("models/" + OrgModelTrainer.MODEL_FILE + " is adopted but missing;"
                + " run 'target/pressfacts train' and rebuild");
          }
          return OrgNameFinder.load(bin);
        }
      }
      return OrganizationCandidates.NONE;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the organization name model", e);
    }
  }

  static EventTypeClassifier loadEventTypes() {
    try (InputStream sidecar = ModelStore.class.getResourceAsStream(MODELS_ON_CLASSPATH + EventModelTrainer.SIDECAR_FILE)) {
      if (sidecar != null) {
        JsonNode n = new ObjectMapper().readTree(sidecar);
        if (n.path("adopted").asBoolean(false)) {
          try (InputStream bin = ModelStore.class.getResourceAsStream(MODELS_ON_CLASSPATH + EventModelTrainer.MODEL_FILE)) {
            if (bin == null) {
              throw new IllegalStateException("models/" + EventModelTrainer.MODEL_FILE + " is adopted but missing;"
                  + " run 'target/pressfacts train' and rebuild");
            }
            return EventCategorizer.load(bin);
          }
        }
      }
      return EventTypeRules.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the event-type model", e);
    }
  }
}
