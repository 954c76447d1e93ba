package pressfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.doc.Document;
import pressfacts.io.DocumentSource;
import pressfacts.io.SourceItem;
import pressfacts.io.TextDecoder;
import pressfacts.run.Synth;

/** {@code pressfacts synth}: benchmark input made by repeating and varying real documents. */
@Command(name = "synth",
    header = "Make benchmark input: N documents from repeated, varied inputs.", mixinStandardHelpOptions = true,
    description = {"Write N documents as JSONL, made by repeating the input documents with their body",
        "paragraphs rotated (copy k rotates by k), for benchmarks and soak runs."},
    footer = {"", "Example:", "  target/pressfacts synth --docs 10000 -o bench.jsonl corpus/synthetic/dev/"})
public final class SynthCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Documents to repeat (as for extract).")
  List<String> inputs;

  @Option(names = "--docs", paramLabel = "N", description = "How many documents to write (default ${DEFAULT-VALUE}).")
  int docs = 1000;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "Where to write.")
  Path output;

  @Override
  public Integer call() throws IOException {
    List<Document> base = readAll(inputs);
    if (base.isEmpty()) {
      System.err.println("pressfacts synth: no readable document in " + inputs);
      return 2;
    }
    ObjectMapper m = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Document d : Synth.expand(base, docs)) {
        ObjectNode n = m.createObjectNode();
        n.put("doc_id", d.docId());
        n.put("text", d.text());
        w.write(m.writeValueAsString(n));
        w.write('\n');
      }
    }
    System.err.println("pressfacts synth: wrote " + docs + " documents from " + base.size() + " to " + output);
    return 0;
  }

  static List<Document> readAll(List<String> inputs) {
    List<Document> base = new ArrayList<>();
    new DocumentSource(inputs, InputStream.nullInputStream(), TextDecoder.DEFAULT_MAX_BYTES)
        .forEachRemaining((SourceItem it) -> {
          if (it.document() != null) {
            base.add(it.document());
          }
        });
    return base;
  }
}
