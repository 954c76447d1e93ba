package pressfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import pressfacts.registry.ClusterScores;
import pressfacts.registry.RegistryJson;

/** {@code pressfacts eval-registry}: a registry's persons against a hand-made gold clustering. */
@Command(name = "eval-registry", mixinStandardHelpOptions = true,
    header = "Score a registry's persons against a gold clustering.",
    description = {"Compare the persons of a registry with a gold clustering (corpus/registry-gold.json:",
        "clusters of {doc_id, entity} that are one person). Prints pairwise and B-cubed precision,",
        "recall and F1 over the gold's entities, then every false merge (a registry person that",
        "joins entities of two gold persons) and every missed join. Build the registry from the",
        "gold records to measure the registry alone."},
    footer = {"", "Example:",
        "  target/pressfacts registry build corpus/real ../shared/realdev \\",
        "      ../shared/seed-press-release.gold.json -o gold-registry.jsonl",
        "  target/pressfacts eval-registry corpus/registry-gold.json gold-registry.jsonl"})
public final class EvalRegistryCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD.json", description = "The gold clustering.")
  Path gold;

  @Parameters(index = "1", paramLabel = "REGISTRY.jsonl", description = "A registry written by 'registry build' or 'update'.")
  Path registry;

  @Override
  public Integer call() throws IOException {
    List<List<String>> goldClusters = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    JsonNode g = new ObjectMapper().readTree(gold.toFile());
    for (JsonNode c : g.path("clusters")) {
      List<String> items = new ArrayList<>();
      for (JsonNode m : c.path("mentions")) {
        String item = m.path("doc_id").asText() + "/" + m.path("entity").asText();
        items.add(item);
        names.put(item, m.path("name").asText(c.path("name").asText()));
      }
      goldClusters.add(items);
    }
    List<List<String>> predicted = new ArrayList<>();
    Map<String, String> personOf = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = RegistryJson.tree(line);
        if (!"PERSON".equals(n.path("type").asText())) {
          continue;
        }
        List<String> items = new ArrayList<>();
        for (JsonNode m : n.path("mentions")) {
          String item = m.path("doc_id").asText() + "/" + m.path("entity").asText();
          items.add(item);
          personOf.put(item, n.path("id").asText());
        }
        predicted.add(items);
      }
    }
    ClusterScores s = ClusterScores.of(goldClusters, predicted);
    System.out.printf(Locale.ROOT, "gold: %d person entities, %d persons, %d same-person pairs; registry: %d pairs joined%n",
        s.items(), goldClusters.size(), s.goldPairs(), s.predictedPairs());
    System.out.printf(Locale.ROOT, "%-9s %9s %9s %9s%n", "", "precision", "recall", "F1");
    row("pairwise", s.pairwisePrecision(), s.pairwiseRecall());
    row("B-cubed", s.bcubedPrecision(), s.bcubedRecall());
    System.out.println();
    System.out.println("false merges (" + s.falseMerges().size() + "):");
    for (List<String> c : s.falseMerges()) {
      System.out.println("  " + personOf.get(c.get(0)) + ": " + c.stream().map(x -> x + " " + names.get(x)).toList());
    }
    List<String> missed = new ArrayList<>();
    for (List<String> c : goldClusters) {
      if (c.size() > 1 && c.stream().map(x -> personOf.getOrDefault(x, x)).distinct().count() > 1) {
        StringBuilder sb = new StringBuilder("  ");
        for (String x : c) {
          sb.append(x).append(' ').append(names.get(x)).append(" (").append(personOf.getOrDefault(x, "absent")).append(")  ");
        }
        missed.add(sb.toString().stripTrailing());
      }
    }
    System.out.println("gold persons split in the registry (" + missed.size() + "):");
    missed.forEach(System.out::println);
    return 0;
  }

  private static void row(String name, double p, double r) {
    System.out.printf(Locale.ROOT, "%-9s %9s %9s %9s%n", name, f(p), f(r), f(ClusterScores.f1(p, r)));
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }
}
