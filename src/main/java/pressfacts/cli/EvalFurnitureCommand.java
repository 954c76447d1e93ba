package pressfacts.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.eval.Counts;
import pressfacts.eval.FurnitureGold;
import pressfacts.eval.FurnitureScorer;
import pressfacts.stage.header.FurnitureLines;

/** {@code pressfacts eval-furniture}: the page-furniture detector against lines labelled by hand. */
@Command(name = "eval-furniture", mixinStandardHelpOptions = true,
    header = "Score the page-furniture detector on hand-labelled lines.",
    description = {"Line-level precision, recall and F1 of the header stage's furniture verdict",
        "(navigation, labels, sidebars and their teasers, footers: everything outside the",
        "release proper) against pages whose every line was labelled by hand",
        "(corpus/real/furniture/ID.tsv: pool id and sha256, then line, offsets, sha256, label).",
        "Furniture is the positive class. The texts come from the release pool."},
    footer = {"", "Example:", "  target/pressfacts eval-furniture corpus/real/furniture --errors"})
public final class EvalFurnitureCommand implements Callable<Integer> {
  /** How much of a missed line's text is shown. */
  private static final int SHOWN_CHARS = 70;

  @Parameters(paramLabel = "DIR", description = "A folder of ID.tsv line labels.")
  Path folder;

  @Option(names = "--errors", description = "List every line the detector got wrong, with its gold label.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    List<FurnitureGold> pages = FurnitureGold.read(folder);
    FurnitureScorer.Result r = FurnitureScorer.score(pages, FurnitureLines::of);
    long lines = pages.stream().mapToLong(p -> p.lines().size()).sum();
    System.out.printf(Locale.ROOT, "furniture lines (positive class): %d pages, %d labelled lines, %d furniture%n",
        pages.size(), lines, r.all().gold());
    System.out.printf(Locale.ROOT, "%-14s %5s %9s %9s %9s %6s %6s %6s%n", "", "pages", "precision", "recall", "F1",
        "tp", "fp", "fn");
    row("all", pages.size(), r.all());
    for (Map.Entry<String, Counts> e : r.byFamily().entrySet()) {
      row(e.getKey(), r.pagesByFamily().get(e.getKey()), e.getValue());
    }
    if (errors) {
      System.out.println();
      for (FurnitureScorer.Miss m : r.misses()) {
        String text = m.line().span().of(pages.stream().filter(p -> p.id().equals(m.id())).findFirst().orElseThrow().text());
        System.out.printf(Locale.ROOT, "%s:%d\t%s\t%s%n", m.id(), m.line().number(),
            m.line().furniture() ? "FN (furniture kept)" : "FP (release lost)",
            text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text);
      }
    }
    return 0;
  }

  private static void row(String name, int pages, Counts c) {
    String p = c.prf().map(x -> String.format(Locale.ROOT, "%9.3f %9.3f %9.3f", x.precision(), x.recall(), x.f1()))
        .orElse(String.format(Locale.ROOT, "%9s %9s %9s", "n/a", "n/a", "n/a"));
    System.out.printf(Locale.ROOT, "%-14s %5d %s %6d %6d %6d%n", name, pages, p, c.tp(), c.fp(), c.fn());
  }
}
