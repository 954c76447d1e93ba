package pressfacts.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.run.ModelStore;
import pressfacts.testing.RealCorpus;

/**
 * {@code train} rebuilds the committed models: the folders their sidecars name (training folders
 * and the scoring folder) give the same weights and the same scores. The role linker's file, a
 * GIS model without a manifest, is byte-identical as a whole. The model files are not
 * byte-identical as a whole, because OpenNLP writes a training timestamp into each model's manifest
 * ({@code manifest.properties}); the weights entries ({@code doccat.model}; {@code nameFinder.model}
 * with its feature generator descriptor {@code generator.featuregen}) are.
 */
class TrainIT {
  private static final Path COMMITTED = Path.of("models");

  @Test
  void retrainingGivesTheCommittedWeightsAndScores(@TempDir Path out) throws IOException {
    JsonNode sidecar = sidecar(EventModelTrainer.SIDECAR_FILE);
    EventModelTrainer.Result r = EventModelTrainer.train(trainingData(sidecar), scoredOn(sidecar),
        sidecar.get("command").asText(), out, sidecar.get("keep_rules").asBoolean());

    JsonNode scores = sidecar.get("scores");
    assertEquals(scores.get("documents").asInt(), r.testDocs());
    assertEquals(scores.get("event_type_accuracy_model").asDouble(), Sidecar.round(r.modelAccuracy()));
    assertEquals(scores.get("event_type_accuracy_keyword_rules").asDouble(), Sidecar.round(r.rulesAccuracy()));
    assertEquals(sidecar.get("adoption_rule_met").asBoolean(), r.ruleMet());
    assertEquals(sidecar.get("adopted").asBoolean(), r.adopted());
    assertArrayEquals(entry(COMMITTED.resolve(EventModelTrainer.MODEL_FILE), "doccat.model"),
        entry(out.resolve(EventModelTrainer.MODEL_FILE), "doccat.model"));
  }

  @Test
  void retrainingGivesTheCommittedOrganizationNameModelAndScores(@TempDir Path out) throws IOException {
    JsonNode sidecar = sidecar(OrgModelTrainer.SIDECAR_FILE);
    OrgModelTrainer.Result r = OrgModelTrainer.train(trainingData(sidecar), scoredOn(sidecar),
        OrgModelTrainer.DEFAULT_SEED, sidecar.get("command").asText(), out, ModelStore.load(),
        sidecar.get("keep_rules").asBoolean());

    assertEquals(sidecar.get("training_org_mentions_unaligned").asInt(), r.unalignedMentions());
    JsonNode scores = sidecar.get("scores");
    JsonNode alone = scores.get("name_finder_alone_org_spans_exact");
    assertEquals(alone.get("tp").asLong(), r.finderAlone().tp());
    assertEquals(alone.get("fp").asLong(), r.finderAlone().fp());
    assertEquals(alone.get("fn").asLong(), r.finderAlone().fn());
    assertPipeline(scores.get("pipeline_without_model"), r.without());
    assertPipeline(scores.get("pipeline_with_model"), r.with());
    assertEquals(sidecar.get("adoption_rule_met").asBoolean(), r.ruleMet());
    assertEquals(sidecar.get("adopted").asBoolean(), r.adopted());
    for (String weights : new String[] {"nameFinder.model", "generator.featuregen"}) {
      assertArrayEquals(entry(COMMITTED.resolve(OrgModelTrainer.MODEL_FILE), weights),
          entry(out.resolve(OrgModelTrainer.MODEL_FILE), weights), weights);
    }
  }

  @Test
  void retrainingGivesTheCommittedRoleLinkerAndScores(@TempDir Path out) throws IOException {
    JsonNode sidecar = sidecar(RoleLinkerTrainer.SIDECAR_FILE);
    RoleLinkerTrainer.Result r = RoleLinkerTrainer.train(trainingData(sidecar), sidecar.get("command").asText(), out,
        ModelStore.load(), sidecar.get("keep_rules").asBoolean());

    assertEquals(sidecar.get("training_candidates").asInt(), r.candidates());
    assertEquals(sidecar.get("training_candidates_positive").asInt(), r.positives());
    JsonNode scores = sidecar.get("scores_two_fold_by_site");
    assertEquals(scores.get("role_triple_f1_rules").asDouble(), Sidecar.round(RoleLinkerTrainer.f1(r.rules())));
    assertEquals(scores.get("role_triple_f1_linker").asDouble(), Sidecar.round(RoleLinkerTrainer.f1(r.linker())));
    assertEquals(sidecar.get("adoption_rule_met").asBoolean(), r.ruleMet());
    assertEquals(sidecar.get("adopted").asBoolean(), r.adopted());
    // the GIS model file holds no time stamp: the whole file is the same
    assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(RoleLinkerTrainer.MODEL_FILE)),
        Files.readAllBytes(out.resolve(RoleLinkerTrainer.MODEL_FILE)));
  }

  private static JsonNode sidecar(String file) throws IOException {
    return new ObjectMapper().readTree(COMMITTED.resolve(file).toFile());
  }

  /** The sidecar's training folders, read now; each must still have the checksum it was trained with. */
  private static TrainingData trainingData(JsonNode sidecar) throws IOException {
    RealCorpus.requirePool();
    List<Path> folders = new ArrayList<>();
    sidecar.get("training_data").forEach(f -> folders.add(Path.of(f.get("folder").asText())));
    TrainingData data = TrainingData.read(folders);
    for (int i = 0; i < folders.size(); i++) {
      assertEquals(sidecar.get("training_data").get(i).get("sha256").asText(), data.folders().get(i).sha256(),
          folders.get(i) + " changed since models/ was trained: rerun the sidecar's command and commit models/");
    }
    return data;
  }

  private static Path scoredOn(JsonNode sidecar) {
    return Path.of(sidecar.get("scored_on").asText());
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
