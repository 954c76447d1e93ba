package pressfacts.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.run.ModelStore;
import pressfacts.testing.RealCorpus;

/**
 * {@code train} rebuilds the committed models: the same corpus gives the same weights and the same
 * scores. The model files are not byte-identical as a whole, because OpenNLP writes a training
 * timestamp into each model's manifest ({@code manifest.properties}); the weights entries
 * ({@code doccat.model}; {@code nameFinder.model} with its feature generator descriptor
 * {@code generator.featuregen}) are.
 */
class TrainIT {
  private static final Path COMMITTED = Path.of("models");

  @Test
  void retrainingGivesTheCommittedWeightsAndScores(@TempDir Path out) throws IOException {
    EventModelTrainer.Result r = EventModelTrainer.train(Path.of("corpus", "synthetic"), out);

    JsonNode sidecar = new ObjectMapper().readTree(COMMITTED.resolve(EventModelTrainer.SIDECAR_FILE).toFile());
    assertEquals(sidecar.get("training_data_sha256").asText(), r.devSha256(),
        "corpus/synthetic/dev changed since models/ was trained: run 'target/pressfacts train' and commit models/");
    JsonNode scores = sidecar.get("scores_on_corpus_test");
    assertEquals(scores.get("event_type_accuracy_model").asDouble(), Sidecar.round(r.modelAccuracy()));
    assertEquals(scores.get("event_type_accuracy_keyword_rules").asDouble(), Sidecar.round(r.rulesAccuracy()));
    assertEquals(sidecar.get("adopted").asBoolean(), r.adopted());
    assertArrayEquals(entry(COMMITTED.resolve(EventModelTrainer.MODEL_FILE), "doccat.model"),
        entry(out.resolve(EventModelTrainer.MODEL_FILE), "doccat.model"));
  }

  @Test
  void retrainingGivesTheCommittedOrganizationNameModelAndScores(@TempDir Path out) throws IOException {
    OrgModelTrainer.Result r = OrgModelTrainer.train(Path.of("corpus", "synthetic"), out);

    JsonNode sidecar = new ObjectMapper().readTree(COMMITTED.resolve(OrgModelTrainer.SIDECAR_FILE).toFile());
    assertEquals(sidecar.get("training_data_sha256").asText(), r.devSha256(),
        "corpus/synthetic/dev changed since models/ was trained: run 'target/pressfacts train' and commit models/");
    assertEquals(sidecar.get("training_org_mentions_unaligned").asInt(), r.unalignedMentions());
    JsonNode scores = sidecar.get("scores_on_corpus_test");
    JsonNode alone = scores.get("name_finder_alone_org_spans_exact");
    assertEquals(alone.get("tp").asLong(), r.finderAlone().tp());
    assertEquals(alone.get("fp").asLong(), r.finderAlone().fp());
    assertEquals(alone.get("fn").asLong(), r.finderAlone().fn());
    assertPipeline(scores.get("pipeline_without_model"), r.without());
    assertPipeline(scores.get("pipeline_with_model"), r.with());
    assertEquals(sidecar.get("adopted").asBoolean(), r.adopted());
    for (String weights : new String[] {"nameFinder.model", "generator.featuregen"}) {
      assertArrayEquals(entry(COMMITTED.resolve(OrgModelTrainer.MODEL_FILE), weights),
          entry(out.resolve(OrgModelTrainer.MODEL_FILE), weights), weights);
    }
  }

  @Test
  void retrainingGivesTheCommittedRoleLinkerAndScores(@TempDir Path out) throws IOException {
    RealCorpus.requirePool();
    RoleLinkerTrainer.Result r = RoleLinkerTrainer.train(RealCorpus.DEV, out, ModelStore.load());

    JsonNode sidecar = new ObjectMapper().readTree(COMMITTED.resolve(RoleLinkerTrainer.SIDECAR_FILE).toFile());
    assertEquals(sidecar.get("training_data_sha256").asText(), r.sha256(),
        "corpus/real/dev changed since models/ was trained: run 'target/pressfacts train' and commit models/");
    assertEquals(sidecar.get("training_candidates").asInt(), r.candidates());
    assertEquals(sidecar.get("training_candidates_positive").asInt(), r.positives());
    JsonNode scores = sidecar.get("scores_two_fold_by_site");
    assertEquals(scores.get("role_triple_f1_rules").asDouble(), Sidecar.round(RoleLinkerTrainer.f1(r.rules())));
    assertEquals(scores.get("role_triple_f1_linker").asDouble(), Sidecar.round(RoleLinkerTrainer.f1(r.linker())));
    assertEquals(sidecar.get("adopted").asBoolean(), r.adopted());
    // the GIS model file holds no time stamp: the whole file is the same
    assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(RoleLinkerTrainer.MODEL_FILE)),
        Files.readAllBytes(out.resolve(RoleLinkerTrainer.MODEL_FILE)));
  }

  private static void assertPipeline(JsonNode committed, OrgModelTrainer.PipelineScores got) {
    assertEquals(committed.get("role_triple_f1").asDouble(), Sidecar.round(OrgModelTrainer.f1(got.roles())));
    assertEquals(committed.get("org_entity_f1").asDouble(), Sidecar.round(OrgModelTrainer.f1(got.orgEntities())));
    assertEquals(committed.get("org_mention_strict_f1").asDouble(),
        Sidecar.round(OrgModelTrainer.f1(got.orgMentionsStrict())));
  }

  private static byte[] entry(Path zip, String name) throws IOException {
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return z.readAllBytes();
        }
      }
    }
    throw new IOException(name + " not in " + zip);
  }
}
