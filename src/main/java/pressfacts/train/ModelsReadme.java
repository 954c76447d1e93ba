package pressfacts.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Writes models/README.md from the sidecars, so what it says always matches what was trained. */
public final class ModelsReadme {
  private ModelsReadme() {
  }

  public static void write(Path dir) throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> sidecars = new ArrayList<>();
    List<Path> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path sidecar : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        sidecars.add(m.readTree(sidecar.toFile()));
        names.add(sidecar.getFileName());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("# models\n\n")
        .append("Models that pressfacts learns from its hand-labelled folders with OpenNLP.\n")
        .append("This file is written by `train`; do not edit it by hand.\n\n")
        .append("Rebuild every model (deterministic: fixed parameters, one thread):\n\n")
        .append("```sh\nmvn -q -DskipTests package && ").append(commands(sidecars)).append('\n')
        .append("mvn -q -DskipTests package   # the build copies models/*.bin into the jar\n```\n\n");
    for (int i = 0; i < sidecars.size(); i++) {
      JsonNode n = sidecars.get(i);
      Path bin = dir.resolve(n.get("file").asText());
      b.append("## ").append(n.get("file").asText()).append("\n\n")
          .append("- what: ").append(n.get("model").asText()).append('\n')
          .append("- size: ").append(Files.exists(bin) ? Files.size(bin) : 0).append(" bytes\n")
          .append("- trained on:");
      String sep = " ";
      for (JsonNode f : n.get("training_data")) {
        b.append(sep).append('`').append(f.get("folder").asText()).append("` (").append(f.get("documents").asInt())
            .append(" documents, sha256 `").append(f.get("sha256").asText()).append("`)");
        sep = ", ";
      }
      b.append('\n')
          .append("- parameters: `").append(n.get("parameters").toString()).append("`\n");
      if (n.has("scored_on")) {
        b.append("- scores on `").append(n.get("scored_on").asText()).append("`: `")
            .append(n.get("scores").toString()).append("`\n");
      }
      if (n.has("scores_two_fold_by_site")) {
        b.append("- scores in a two-fold check by site on its training folders: `")
            .append(n.get("scores_two_fold_by_site").toString()).append("`\n");
      }
      if (n.has("scores_on_seed_release")) {
        b.append("- scores on the seed release: `").append(n.get("scores_on_seed_release").toString()).append("`\n");
      }
      b.append("- adopted by the pipeline: ").append(n.get("adopted").asBoolean() ? "yes" : "no")
          .append(" (").append(n.get("adoption_rule").asText()).append(")");
      if (n.path("keep_rules").asBoolean(false)) {
        b.append("; a candidate trained with `--keep-rules`: the rule is ")
            .append(n.get("adoption_rule_met").asBoolean() ? "met" : "not met")
            .append(n.has("scored_on") ? " on `" + n.get("scored_on").asText() + "`" : " in its check")
            .append(", and the pipeline keeps its rules until a run without `--keep-rules` adopts it");
      }
      b.append('\n')
          .append("- sidecar: `").append(names.get(i)).append("`\n\n");
    }
    Files.writeString(dir.resolve("README.md"), b.toString());
  }

  /** The commands that built the models: one when one {@code train} run wrote them all, as it does. */
  static String commands(List<JsonNode> sidecars) {
    Set<String> distinct = new LinkedHashSet<>();
    sidecars.forEach(n -> distinct.add(n.get("command").asText()));
    return String.join("\n", distinct);
  }
}
