package pressfacts.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pressfacts.model.ModelFile;
import pressfacts.stage.entities.OrgNameFinder;
import pressfacts.stage.entities.OrganizationCandidates;

/** The pipeline reads the organization name model's "adopted" flag: the model when set, no candidates otherwise. */
class ModelStoreTest {
  @Test
  void organizationCandidatesFollowTheSidecarFlag() throws IOException {
    boolean adopted = new ObjectMapper().readTree(Path.of("models", ModelFile.ORG_NAMES.sidecar()).toFile())
        .get("adopted").asBoolean();
    OrganizationCandidates got = ModelStore.loadOrganizations();
    assertEquals(adopted, got instanceof OrgNameFinder);
    assertEquals(!adopted, got == OrganizationCandidates.NONE);
  }
}
