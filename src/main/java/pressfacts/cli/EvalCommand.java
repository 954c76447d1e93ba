package pressfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.eval.EvalReport;
import pressfacts.eval.Evaluator;
import pressfacts.eval.FamilyTable;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.eval.GoldEntityRoles;
import pressfacts.eval.Problem;
import pressfacts.eval.RecordValidator;
import pressfacts.io.RecordLines;
import pressfacts.io.SourceItem;
import pressfacts.record.Outcome;
import pressfacts.record.PressRecord;
import pressfacts.run.BatchRunner;
import pressfacts.run.Extractor;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;

/** {@code pressfacts eval}: scores predictions (or a fresh pipeline run) against hand-labelled gold. */
@Command(name = "eval",
    header = "Score records against a hand-labelled corpus (the rules of ANNOTATION.md).", mixinStandardHelpOptions = true,
    description = {"Score predictions against a hand-labelled corpus as ANNOTATION.md",
        "(\"How the scorer compares\") says. Mentions, entities, dates, citations",
        "and roles: P, R, F1 and counts (tp/fp/fn), strict and lenient. Citation",
        "attributes, published and event: shares (equal of compared).",
        "n/a: nothing in gold and nothing predicted.",
        "Without --pred the pipeline runs on the gold texts first.",
        "Gold of the release pool (corpus/real) also gets a table per family",
        "(official-intl, us-county, us-federal) and one for sites the dev split",
        "never saw (see --seen).",
        "Exit status: 0 scored, 2 usage error or unreadable gold",
        "(run 'pressfacts corpus check' to see every problem)."},
    footer = {"", "Examples:",
        "  target/pressfacts eval corpus/real/test/",
        "  target/pressfacts eval corpus/synthetic/dev/ --pred records.jsonl --errors",
        "  target/pressfacts eval gold.jsonl --input texts.jsonl \\",
        "      --json scores.json"})
public final class EvalCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin
  RoleLinkerOption roles = new RoleLinkerOption();

  /** How many invalid-prediction lines are shown before the rest is only counted. */
  private static final int MAX_SHOWN_PROBLEMS = 20;

  @Parameters(paramLabel = "GOLD", description = {"A folder of ID.txt + ID.json (or ID.gold.json),",
      "one such .json file, or a .jsonl of gold records",
      "(texts from --input or the records' \"text\")."})
  Path gold;

  @Option(names = "--pred", paramLabel = "PRED.jsonl",
      description = "Predicted records, one a line (as 'extract' writes them); default: run the pipeline.")
  Path pred;

  @Option(names = "--input", paramLabel = "INPUT.jsonl",
      description = "With a .jsonl GOLD: the texts, {\"doc_id\", \"text\"} one a line.")
  Path input;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON to this file.")
  Path json;

  @Option(names = "--errors", description = "List every false positive (FP), false negative (FN) and "
      + "mismatched value (MISMATCH) with its doc id, kind, offsets and text.")
  boolean errors;

  @Option(names = "--seen", paramLabel = "DEV",
      description = {"Gold folder whose sites count as seen: documents of other sites",
          "get their own column ('unseen sites'). Default: the folder 'dev' beside",
          "a GOLD folder named 'test' (corpus/real/test gives corpus/real/dev)."})
  Path seen;

  @Option(names = "--roles-on-gold-entities", description = {"Score the role stage alone: read the roles again on the",
      "gold entities, so a role error left is not an entity's (the entity rows then score the gold itself)."})
  boolean rolesOnGoldEntities;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents processed in parallel when the pipeline runs (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    if (threads < 1) {
      err.println("pressfacts eval: --threads must be at least 1, got " + threads);
      return 2;
    }
    List<GoldDoc> docs;
    try {
      docs = gold.toString().endsWith(".jsonl") ? GoldCorpus.readJsonl(gold, input) : GoldCorpus.read(gold);
    } catch (IOException e) {
      err.println("pressfacts eval: " + e.getMessage());
      return 2;
    }
    if (docs.isEmpty()) {
      err.println("pressfacts eval: no gold document in " + gold + " (a gold file is ID.json beside ID.txt,"
          + " or ID.json naming a release of the pool)");
      return 2;
    }
    Set<String> seenSites;
    try {
      seenSites = seenSites();
    } catch (IOException e) {
      err.println("pressfacts eval: --seen: " + e.getMessage());
      return 2;
    }
    List<Outcome> predictions;
    if (pred != null) {
      if (!Files.isRegularFile(pred)) {
        err.println("pressfacts eval: no such file: " + pred);
        return 2;
      }
      predictions = readPredictions(pred, err);
    } else {
      predictions = runPipeline(docs);
    }
    if (rolesOnGoldEntities) {
      predictions = GoldEntityRoles.apply(docs, predictions, StandardPipeline.build(roles.apply(ModelStore.load())));
    }
    reportInvalid(docs, predictions, err);
    EvalReport report = Evaluator.evaluate(docs, predictions);
    FamilyTable families = FamilyTable.of(docs, predictions, seenSites);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    out.print(report.table());
    if (families != null) {
      out.println();
      out.print(families.table());
    }
    if (errors) {
      out.println();
      out.println("errors (doc_id, FP/FN/MISMATCH, kind, detail):");
      out.print(report.errorLines());
    }
    out.flush();
    if (json != null) {
      if (json.getParent() != null) {
        Files.createDirectories(json.getParent());
      }
      String text = report.json(errors);
      if (families != null) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = (ObjectNode) mapper.readTree(text);
        families.addTo(root);
        text = mapper.writeValueAsString(root) + "\n";
      }
      Files.writeString(json, text, StandardCharsets.UTF_8);
    }
    return 0;
  }

  /** The sites of the dev split named by --seen, or of 'dev' beside a GOLD folder named 'test'; else null. */
  private Set<String> seenSites() throws IOException {
    Path dev = seen;
    if (dev == null && Files.isDirectory(gold) && gold.toAbsolutePath().normalize().getFileName() != null
        && gold.toAbsolutePath().normalize().getFileName().toString().equals("test")) {
      Path sibling = gold.toAbsolutePath().normalize().resolveSibling("dev");
      dev = Files.isDirectory(sibling) ? sibling : null;
    }
    if (dev == null) {
      return null;
    }
    Set<String> sites = new TreeSet<>();
    for (GoldDoc g : GoldCorpus.read(dev)) {
      if (g.site() != null) {
        sites.add(g.site());
      }
    }
    return sites.isEmpty() ? null : sites;
  }

  private List<Outcome> runPipeline(List<GoldDoc> docs) {
    Extractor extractor = new Extractor(StandardPipeline.build(roles.apply(ModelStore.load())));
    List<Outcome> out = new ArrayList<>();
    new BatchRunner(extractor, threads).run(docs.stream().map(d -> SourceItem.of(d.document())).iterator(), out::add);
    return out;
  }

  /** Reads predictions; a line that is not a record is named on stderr and left out (its document is then missed). */
  private static List<Outcome> readPredictions(Path file, PrintStream err) throws IOException {
    List<Outcome> out = new ArrayList<>();
    try (InputStream r = Files.newInputStream(file)) {
      RecordLines.read(r, new RecordLines.Visitor() {
        public boolean record(Outcome o, int lineNo) {
          return out.add(o);
        }

        public boolean notARecord(int lineNo, String message) {
          err.println("pressfacts eval: " + file + ":" + lineNo + ": left out, not a record: " + message);
          return true;
        }
      });
    }
    return out;
  }

  /** Runs the record invariants on each prediction against its gold text and names what breaks them. */
  private static void reportInvalid(List<GoldDoc> docs, List<Outcome> predictions, PrintStream err) {
    Map<String, String> texts = new HashMap<>();
    docs.forEach(d -> texts.put(d.docId(), d.text()));
    int shown = 0;
    int total = 0;
    for (Outcome o : predictions) {
      if (o instanceof PressRecord r && texts.containsKey(r.docId())) {
        for (Problem p : RecordValidator.validate(r, texts.get(r.docId()), "prediction " + r.docId())) {
          total++;
          if (shown++ < MAX_SHOWN_PROBLEMS) {
            err.println("pressfacts eval: " + p);
          }
        }
      }
    }
    if (total > MAX_SHOWN_PROBLEMS) {
      err.println("pressfacts eval: ... and " + (total - MAX_SHOWN_PROBLEMS) + " more problems in the predictions");
    }
  }
}
