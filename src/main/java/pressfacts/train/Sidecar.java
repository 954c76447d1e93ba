package pressfacts.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part every model sidecar shares: what the model is, its file, the command that rebuilds it,
 * the training data and its checksum, and the fixed training parameters (maxent, one thread, the
 * OpenNLP version). Each trainer adds its own scores and adoption rule.
 */
final class Sidecar {
  static final String COMMAND = "target/pressfacts train --corpus corpus/synthetic --out models";
  static final String OPENNLP_VERSION = "2.5.6";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ObjectNode root = mapper.createObjectNode();

  Sidecar(String what, String file, String devSha256, int trainingDocs) {
    this(what, file, devSha256, trainingDocs, COMMAND, "corpus/synthetic/dev");
  }

  /** A model trained by another command or on other data than corpus/synthetic/dev. */
  Sidecar(String what, String file, String devSha256, int trainingDocs, String command, String trainingData) {
    root.put("model", what);
    root.put("file", file);
    root.put("command", command);
    root.put("training_data", trainingData);
    root.put("training_data_sha256", devSha256);
    root.put("training_docs", trainingDocs);
  }

  ObjectNode root() {
    return root;
  }

  /** The parameters object, with what every pressfacts model shares already in it. */
  ObjectNode parameters(int iterations, int cutoff) {
    ObjectNode p = root.putObject("parameters");
    p.put("algorithm", "MAXENT");
    p.put("iterations", iterations);
    p.put("cutoff", cutoff);
    p.put("threads", 1);
    return p;
  }

  void write(Path file, boolean adopted, String adoptionRule) throws IOException {
    root.put("adopted", adopted);
    root.put("adoption_rule", adoptionRule);
    Files.writeString(file, mapper.writeValueAsString(root) + "\n");
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
