package pressfacts.eval.conll;

import java.util.List;
import java.util.Locale;
import pressfacts.eval.Counts;
import pressfacts.eval.Prf;

/** The table {@code eval-conll} prints: per type and overall, gold count, then each system's predicted count, P, R and F1. */
public final class ConllTable {
  private static final String CELL = " | %6s %6s %6s %6s";

  private ConllTable() {
  }

  public static String format(String source, List<ConllDocument> docs, List<SystemRun> runs) {
    StringBuilder out = new StringBuilder();
    long tokens = docs.stream().mapToLong(d -> d.tokens().size()).sum();
    long sentences = docs.stream().mapToLong(ConllDocument::sentences).sum();
    out.append(String.format(Locale.ROOT, "%s: %d documents, %d sentences, %d tokens; exact-span scores as conlleval,"
        + " gold MISC not scored (%d chunks)%n", source, docs.size(), sentences, tokens, goldCount(docs, "MISC")));
    out.append(String.format(Locale.ROOT, "%-5s %6s", "", ""));
    for (SystemRun r : runs) {
      out.append(String.format(Locale.ROOT, " | %-27s", r.system()));
    }
    out.append(String.format(Locale.ROOT, "%n%-5s %6s", "type", "gold"));
    for (int i = 0; i < runs.size(); i++) {
      out.append(String.format(Locale.ROOT, CELL, "pred", "P", "R", "F1"));
    }
    out.append('\n');
    long allGold = 0;
    for (String type : ConllScore.TYPES) {
      allGold += goldCount(docs, type);
      row(out, type, goldCount(docs, type), runs.stream().map(r -> r.score().counts(type)).toList());
    }
    row(out, "all", allGold, runs.stream().map(r -> r.score().overall()).toList());
    out.append("mentions that do not start and end on token boundaries (counted as false positives):");
    for (SystemRun r : runs) {
      out.append(String.format(Locale.ROOT, " %s %d", r.system(), r.score().misaligned()));
    }
    out.append('\n');
    for (SystemRun r : runs) {
      out.append(String.format(Locale.ROOT, "%s: %.1f docs/s (%d documents tagged in %.1f s on %d threads; built in %.1f s)%s%n",
          r.system(), r.docsPerSecond(), r.documents(), r.runSeconds(), r.threads(), r.loadSeconds(),
          r.failed() == 0 ? "" : "; " + r.failed() + " documents failed and count as predicting nothing"));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String label, long gold, List<Counts> counts) {
    out.append(String.format(Locale.ROOT, "%-5s %6d", label, gold));
    for (Counts c : counts) {
      Prf p = c.prf().orElse(new Prf(0, 0, 0));
      out.append(String.format(Locale.ROOT, " | %6d %6.2f %6.2f %6.2f", c.predicted(), 100 * p.precision(),
          100 * p.recall(), 100 * p.f1()));
    }
    out.append('\n');
  }

  private static long goldCount(List<ConllDocument> docs, String type) {
    return docs.stream().flatMap(d -> d.gold().stream()).filter(c -> c.type().equals(type)).count();
  }
}
