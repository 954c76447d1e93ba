package pressfacts.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part every model sidecar shares: what the model is, its file, the command that rebuilt it,
 * the training folders with their checksums, the fixed training parameters (one thread, the
 * OpenNLP version) and the folder it was scored on, if it was scored on one apart from its training
 * folders. Each trainer adds its own scores and adoption rule.
 */
final class Sidecar {
  static final String OPENNLP_VERSION = "2.5.6";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ObjectNode root = mapper.createObjectNode();

  /** A model scored on a scoring folder (--score) against the rules. */
  Sidecar(String what, String file, String command, TrainingData data, String scoredOn) {
    this(what, file, command, data);
    root.put("scored_on", scoredOn);
  }

  /** A model whose adoption check runs on its own training folders (the role linker's two-fold check by site). */
  Sidecar(String what, String file, String command, TrainingData data) {
    root.put("model", what);
    root.put("file", file);
    root.put("command", command);
    data.describeInto(root.putArray("training_data"));
    root.put("training_docs", data.docs().size());
  }

  ObjectNode root() {
    return root;
  }

  /** The parameters object, with what every pressfacts model shares already in it. */
  ObjectNode parameters(String algorithm, int iterations, int cutoff) {
    ObjectNode p = root.putObject("parameters");
    p.put("algorithm", algorithm);
    p.put("iterations", iterations);
    p.put("cutoff", cutoff);
    p.put("threads", 1);
    return p;
  }

  /**
   * Writes the sidecar. The pipeline uses the model ("adopted") when the adoption rule is met on the
   * scoring folder, unless {@code keepRules}: candidates trained before the held-out split has been
   * scored are written with their scores but leave the pipeline on its rules.
   */
  void write(Path file, boolean ruleMet, boolean keepRules, String adoptionRule) throws IOException {
    root.put("adoption_rule_met", ruleMet);
    root.put("keep_rules", keepRules);
    root.put("adopted", ruleMet && !keepRules);
    root.put("adoption_rule", adoptionRule);
    Files.writeString(file, mapper.writeValueAsString(root) + "\n");
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
