package pressfacts.model;

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

/**
 * {@code train} rebuilds the committed model: the same corpus gives the same weights and the same
 * scores. The model files are not byte-identical as a whole, because OpenNLP writes a training
 * timestamp into the model's manifest; the weights entry ({@code doccat.model}) is.
 */
class TrainIT {
  private static final Path COMMITTED = Path.of("models");

  @Test
  void retrainingGivesTheCommittedWeightsAndScores(@TempDir Path out) throws IOException {
    EventModelTrainer.Result r = EventModelTrainer.train(Path.of("corpus"), out);

    JsonNode sidecar = new ObjectMapper().readTree(COMMITTED.resolve(EventModelTrainer.SIDECAR_FILE).toFile());
    assertEquals(sidecar.get("training_data_sha256").asText(), r.devSha256(),
        "corpus/dev changed since models/ was trained: run 'java -jar target/pressfacts.jar train' and commit models/");
    JsonNode scores = sidecar.get("scores_on_corpus_test");
    assertEquals(scores.get("event_type_accuracy_model").asDouble(), Math.round(r.modelAccuracy() * 1000) / 1000.0);
    assertEquals(scores.get("event_type_accuracy_keyword_rules").asDouble(), Math.round(r.rulesAccuracy() * 1000) / 1000.0);
    assertEquals(sidecar.get("adopted").asBoolean(), r.adopted());
    assertArrayEquals(entry(COMMITTED.resolve(EventModelTrainer.MODEL_FILE), "doccat.model"),
        entry(out.resolve(EventModelTrainer.MODEL_FILE), "doccat.model"));
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
