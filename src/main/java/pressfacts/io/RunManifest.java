package pressfacts.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an {@code extract -o OUT} run was made from, kept beside its output as
 * {@code OUT.manifest.json}: each input as given, with the sha256 of its bytes (of every document
 * file below it, for a folder), and the options that shape the records. {@code --resume} compares
 * the manifest of the run it continues with the inputs it is given now, so that a changed document
 * is never silently kept in its old form.
 */
public record RunManifest(List<Input> inputs, String options) {
  /** One input as given on the command line, and the digest of what it held (null for standard input). */
  public record Input(String name, String sha256) {
  }

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public RunManifest {
    inputs = List.copyOf(inputs);
  }

  /** Where the manifest of {@code output} is kept. */
  public static Path pathOf(Path output) {
    return output.resolveSibling(output.getFileName() + ".manifest.json");
  }

  /** The manifest of a run over {@code inputs}: reads every input once to digest it. */
  public static RunManifest of(List<String> inputs, String options) throws IOException {
    List<Input> out = new ArrayList<>();
    for (String in : inputs) {
      out.add(new Input(in, in.equals("-") ? null : digest(Path.of(in))));
    }
    return new RunManifest(out, options);
  }

  private static String digest(Path p) throws IOException {
    MessageDigest md = sha256();
    if (Files.isDirectory(p)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(p)) {
        files = walk.filter(f -> Files.isRegularFile(f) && DocumentSource.isDocumentFile(f.getFileName().toString()))
            .sorted().toList();
      }
      for (Path f : files) {
        md.update((p.relativize(f).toString() + "\n" + digest(f) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } else if (Files.isRegularFile(p)) {
      try (InputStream in = new DigestInputStream(Files.newInputStream(p), md)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    } else {
      return "absent";
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public void write(Path file) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("options", options);
    ArrayNode arr = root.putArray("inputs");
    for (Input i : inputs) {
      ObjectNode n = arr.addObject();
      n.put("name", i.name());
      n.put("sha256", i.sha256());
    }
    Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /** The manifest in {@code file}, or empty when there is none (an output of an older pressfacts). */
  public static Optional<RunManifest> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    List<Input> inputs = new ArrayList<>();
    root.path("inputs").forEach(n -> inputs.add(new Input(n.path("name").asText(), n.path("sha256").asText(null))));
    return Optional.of(new RunManifest(inputs, root.path("options").asText("")));
  }

  /** How {@code now} differs from this manifest, one phrase each; empty when a resume may go on. */
  public List<String> differences(RunManifest now) {
    List<String> out = new ArrayList<>();
    if (!options.equals(now.options)) {
      out.add("options were '" + options + "', now '" + now.options + "'");
    }
    List<String> before = inputs.stream().map(Input::name).toList();
    List<String> after = now.inputs.stream().map(Input::name).toList();
    if (!before.equals(after)) {
      out.add("inputs were " + before + ", now " + after);
      return out;
    }
    for (int i = 0; i < inputs.size(); i++) {
      Input b = inputs.get(i);
      Input a = now.inputs.get(i);
      if (b.sha256() == null || a.sha256() == null) {
        if (b.sha256() != a.sha256()) {
          out.add("input " + a.name() + " cannot be compared");
        }
      } else if (!b.sha256().equals(a.sha256())) {
        out.add("input " + a.name() + " changed since the run began");
      }
    }
    return out;
  }
}
