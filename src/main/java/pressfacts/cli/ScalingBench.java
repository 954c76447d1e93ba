package pressfacts.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import pressfacts.doc.Document;
import pressfacts.pipeline.Pipeline;
import pressfacts.pipeline.StageFailure;
import pressfacts.pipeline.StageTimings;
import pressfacts.stage.tokens.TokenStage;

/**
 * {@code bench --scaling N1,N2,...}: does any stage grow faster than linearly in a document's length?
 * Generates one document per size (in words) from a seeded random vocabulary with no full stop, runs
 * the pipeline on it a few times in this process, and prints per stage the time per 1,000 tokens (the
 * fastest of the repeats) and its growth ratio to the previous size: about 1 is linear, about 2 at a
 * doubled size is quadratic. A benchmark, not a test: timings on a loaded machine are noisy, ratios
 * measured in one process less so.
 */
final class ScalingBench {
  private static final String[] FIRST = {"Ivan", "Azer", "Nigar", "Farhad", "Maria", "Thomas", "Luca", "Anna",
      "Brian", "Elena", "Rashad", "Olga", "Peter", "Sabina", "Kamal", "Leyla", "David", "Irina", "Samir", "Helen",
      "Orkhan", "Natalia", "Javid", "Sofia", "Emil", "Aysel", "Viktor", "Gunel", "Mark", "Lala"};
  private static final String[] LAST = {"Petrov", "Huseynov", "Aliyeva", "Kerimov", "Ferrante", "Halloran",
      "Takahashi", "Mammadov", "Ivanova", "Rossi", "Smith", "Quliyev", "Novak", "Grosu", "Jafarov", "Abbasova",
      "Hasanov", "Weber", "Schmidt", "Ismayilov", "Rahimov", "Bauer", "Popescu", "Karimova", "Sokolov", "Moretti",
      "Babayev", "Nazarov", "Orlov", "Suleymanov"};
  private static final String[] ORG = {"Supreme", "Court", "Ministry", "Council", "National", "Bank", "Agency",
      "Federal", "Commission", "Justice", "Security", "Service", "Appeal", "State", "Committee", "Office",
      "Central", "Board", "Bureau", "Finance", "Republic", "Authority", "Chamber", "Economic", "Tax"};
  private static final String TITLE = "Chairman of the Supreme Court";
  private static final String[] SYLLABLE = {"ka", "ra", "mi", "lo", "ze", "ta", "vi", "no", "sa", "du", "be", "li",
      "ga", "to", "ne", "ri", "ha", "mu", "se", "po"};
  private static final String[] SURNAME_END = {"ov", "ova", "yan", "ev", "eva", "ski", "enko", "li"};

  /**
   * A first name or surname: one from the lists, or every other time a made-up one of two or three
   * syllables (a surname with a surname's ending), so that the number of different names grows with the
   * document as in real news, not only the number of their repeats.
   */
  private static String name(Random r, boolean surname) {
    if (r.nextBoolean()) {
      return surname ? LAST[r.nextInt(LAST.length)] : FIRST[r.nextInt(FIRST.length)];
    }
    StringBuilder sb = new StringBuilder();
    int n = 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      sb.append(SYLLABLE[r.nextInt(SYLLABLE.length)]);
    }
    if (surname) {
      sb.append(SURNAME_END[r.nextInt(SURNAME_END.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  private ScalingBench() {
  }

  /** One document of about {@code words} words, without a full stop, from the vocabulary {@code vocab}. */
  static String text(String vocab, int words, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("Scaling input\n\n");
    int n = 0;
    while (n < words) {
      switch (vocab) {
        case "names" -> {
          if (r.nextInt(10) == 0) {
            sb.append(TITLE).append(' ');
            n += 5;
          }
          sb.append(name(r, false)).append(' ').append(name(r, true)).append(' ');
          n += 2;
        }
        case "orgs" -> {
          int k = 1 + r.nextInt(4);
          for (int i = 0; i < k; i++) {
            sb.append(ORG[r.nextInt(ORG.length)]).append(' ');
          }
          n += k;
          if (r.nextInt(8) == 0) {
            sb.append("of the ");
            n += 2;
          }
        }
        case "mixed" -> {
          int pick = r.nextInt(10);
          if (pick < 5) {
            sb.append(name(r, false)).append(' ').append(name(r, true));
            n += 2;
          } else if (pick < 8) {
            int k = 1 + r.nextInt(3);
            for (int i = 0; i < k; i++) {
              sb.append(i == 0 ? "" : " ").append(ORG[r.nextInt(ORG.length)]);
            }
            n += k;
          } else {
            sb.append(TITLE);
            n += 5;
          }
          int sep = r.nextInt(4);
          sb.append(sep == 0 ? ", " : sep == 1 ? " and " : sep == 2 ? ", and " : " ");
          n += sep == 0 ? 0 : 1;
        }
        default -> throw new IllegalArgumentException("unknown --vocab '" + vocab + "' (names, orgs or mixed)");
      }
    }
    return sb.toString().trim() + "\n";
  }

  /** Runs the table; returns the exit code. */
  static int run(Pipeline pipeline, List<Integer> sizes, List<String> vocabs, int repeats, PrintStream out)
      throws StageFailure {
    List<String> stages = pipeline.stageNames();
    // warm-up: JIT and lexicon caches, on the smallest size
    for (String vocab : vocabs) {
      pipeline.run(new Document("warmup", text(vocab, sizes.get(0), 1), null, null, List.of()), null);
    }
    for (String vocab : vocabs) {
      out.printf(Locale.ROOT, "vocab %s: ms per 1,000 tokens (fastest of %d), and in brackets the ratio to the"
          + " previous size (about 1 = linear)%n", vocab, repeats);
      StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %7s %7s", "words", "tokens"));
      for (String s : stages) {
        head.append(String.format(Locale.ROOT, " %17s", s));
      }
      head.append(String.format(Locale.ROOT, " %17s", "total"));
      out.println(head);
      Map<String, Double> previous = null;
      for (int size : sizes) {
        Document doc = new Document("scaling-" + vocab + "-" + size, text(vocab, size, 42), null, null, List.of());
        int tokens = TokenStage.tokenize(doc.text()).tokens().size();
        Map<String, Double> best = new LinkedHashMap<>();
        for (int k = 0; k < repeats; k++) {
          StageTimings t = new StageTimings(stages);
          pipeline.run(doc, t);
          double total = 0;
          for (Map.Entry<String, Long> e : t.snapshot().entrySet()) {
            double perK = e.getValue() / 1e6 / (tokens / 1000.0);
            best.merge(e.getKey(), perK, Math::min);
            total += perK;
          }
          best.merge("total", total, Math::min);
        }
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %7d %7d", size, tokens));
        for (Map.Entry<String, Double> e : best.entrySet()) {
          String ratio = previous == null ? "" : String.format(Locale.ROOT, "(%.2f)", e.getValue()
              / Math.max(1e-3, previous.get(e.getKey())));
          row.append(String.format(Locale.ROOT, " %9.1f %7s", e.getValue(), ratio));
        }
        out.println(row);
        out.flush();
        previous = best;
      }
    }
    return 0;
  }

  static List<Integer> parseSizes(String spec) {
    List<Integer> out = new ArrayList<>();
    for (String s : spec.split(",")) {
      out.add(Integer.parseInt(s.trim()));
    }
    return out;
  }
}
