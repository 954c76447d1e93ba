package pressfacts.train;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;

/**
 * The labelled folders a model learns from, read once: {@code corpus/real/dev} (gold files that
 * name pool releases by id and sha256, read as {@link GoldCorpus} reads them), optionally with
 * {@code corpus/synthetic/dev}. Each folder keeps its own name, document count and checksum, so a
 * sidecar can say exactly what a model was trained on.
 */
public record TrainingData(List<Folder> folders) {
  /** One training folder: its name as given (relative to the repository), its documents and checksum. */
  public record Folder(String name, List<GoldDoc> docs, String sha256) {
  }

  public TrainingData {
    if (folders.isEmpty()) {
      throw new IllegalArgumentException("no training folder");
    }
    folders = List.copyOf(folders);
  }

  /** Reads every folder, in the order given (the order the samples are trained in). */
  public static TrainingData read(List<Path> dirs) throws IOException {
    List<Folder> out = new ArrayList<>();
    for (Path d : dirs) {
      out.add(new Folder(name(d), GoldCorpus.read(d), CorpusChecksum.of(d)));
    }
    return new TrainingData(out);
  }

  /** A path as the sidecar writes it: with '/' whatever the system's separator. */
  static String name(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** Every document of every folder, folder by folder. */
  public List<GoldDoc> docs() {
    List<GoldDoc> all = new ArrayList<>();
    folders.forEach(f -> all.addAll(f.docs()));
    return all;
  }

  /** The folders' names joined by " + ", for messages. */
  public String names() {
    return String.join(" + ", folders.stream().map(Folder::name).toList());
  }

  /** The folders as the sidecar records them: name, documents, sha256. */
  void describeInto(ArrayNode into) {
    for (Folder f : folders) {
      into.addObject().put("folder", f.name()).put("documents", f.docs().size()).put("sha256", f.sha256());
    }
  }
}
