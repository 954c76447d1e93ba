package pressfacts.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Writes models/README.md from the sidecars, so what it says always matches what was trained. */
public final class ModelsReadme {
  private ModelsReadme() {
  }

  public static void write(Path dir) throws IOException {
    ObjectMapper m = new ObjectMapper();
    StringBuilder b = new StringBuilder();
    b.append("# models\n\n")
        .append("Models that pressfacts learns from its own hand-labelled corpora (`corpus/synthetic/dev`; the role linker from\n")
        .append("`corpus/real/dev`), with OpenNLP.\n")
        .append("This file is written by `train`; do not edit it by hand.\n\n")
        .append("Rebuild every model (deterministic: fixed parameters, one thread):\n\n")
        .append("```sh\nmvn -q -DskipTests package && target/pressfacts train --corpus corpus/synthetic --roles-corpus corpus/real/dev --out models\n")
        .append("mvn -q -DskipTests package   # the build copies models/*.bin into the jar\n```\n\n");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path sidecar : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = m.readTree(sidecar.toFile());
        Path bin = dir.resolve(n.get("file").asText());
        b.append("## ").append(n.get("file").asText()).append("\n\n")
            .append("- what: ").append(n.get("model").asText()).append('\n')
            .append("- size: ").append(Files.exists(bin) ? Files.size(bin) : 0).append(" bytes\n")
            .append("- trained on: `").append(n.get("training_data").asText()).append("` (")
            .append(n.get("training_docs").asInt()).append(" documents, sha256 `")
            .append(n.get("training_data_sha256").asText()).append("`)\n")
            .append("- parameters: `").append(n.get("parameters").toString()).append("`\n")
            .append("- command: `").append(n.path("command").asText()).append("`\n");
        if (n.has("scores_on_corpus_test")) {
          b.append("- scores on `corpus/synthetic/test`: `").append(n.get("scores_on_corpus_test").toString()).append("`\n");
        }
        if (n.has("scores_two_fold_by_site")) {
          b.append("- scores in a two-fold check by site on its training data: `")
              .append(n.get("scores_two_fold_by_site").toString()).append("`\n");
        }
        if (n.has("scores_on_seed_release")) {
          b.append("- scores on the seed release: `").append(n.get("scores_on_seed_release").toString()).append("`\n");
        }
        b.append("- adopted by the pipeline: ").append(n.get("adopted").asBoolean() ? "yes" : "no")
            .append(" (").append(n.get("adoption_rule").asText()).append(")\n")
            .append("- sidecar: `").append(sidecar.getFileName()).append("`\n\n");
      }
    }
    Files.writeString(dir.resolve("README.md"), b.toString());
  }
}
