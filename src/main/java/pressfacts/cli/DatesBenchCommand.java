package pressfacts.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.doc.CharSpan;
import pressfacts.doc.DateLayer;
import pressfacts.doc.DateMention;
import pressfacts.doc.DateValue;
import pressfacts.eval.Counts;
import pressfacts.eval.EvalReport;
import pressfacts.eval.Evaluator;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.record.PressRecord;
import pressfacts.stage.dates.DocumentDates;
import pressfacts.stage.header.HeaderStage;
import pressfacts.stage.tokens.TokenStage;

/**
 * {@code pressfacts bench-dates}: the date stage against SUTime on the same labelled documents in
 * the same JVM: throughput (tokens/s) and date span / value F1. SUTime gets every advantage: the
 * gold publication date as its reference, and tokenization outside the timed region.
 */
@Command(name = "bench-dates",
    header = "Compare the date stage with SUTime: speed and accuracy on labelled documents.", mixinStandardHelpOptions = true,
    description = {"Compare the date stage with CoreNLP's SUTime on a labelled folder (ID.txt + ID.json):",
        "tokens/s of each, and date span and value F1 against the gold."},
    footer = {"", "Example:", "  target/pressfacts bench-dates --rounds 20 corpus/synthetic/test"})
public final class DatesBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD", description = "A folder of ID.txt + ID.json gold files.")
  Path gold;

  @Option(names = "--rounds", paramLabel = "N", description = "Passes over the documents for timing (default ${DEFAULT-VALUE}).")
  int rounds = 10;

  @Override
  public Integer call() throws Exception {
    List<GoldDoc> docs = GoldCorpus.read(gold);
    if (docs.isEmpty()) {
      System.err.println("pressfacts bench-dates: no gold document in " + gold + ": it measures against labelled"
          + " dates (e.g. bench-dates corpus/real/dev)");
      return 2;
    }
    long tokens = 0;
    for (GoldDoc g : docs) {
      tokens += TokenStage.tokenize(g.text()).tokens().size();
    }
    DocumentDates dates = DocumentDates.standard();
    List<PressRecord> ours = new ArrayList<>();
    long ns = 0;
    for (int r = 0; r <= rounds; r++) {
      long t0 = System.nanoTime();
      for (GoldDoc g : docs) {
        DateLayer layer = dates.read(g.text(), HeaderStage.read(g.text()), null);
        if (r == 0) {
          ours.add(datesOnly(g.docId(), layer.dates()));
        }
      }
      if (r > 0) { // round 0 warms up
        ns += System.nanoTime() - t0;
      }
    }

    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
    TimeAnnotator sutime = new TimeAnnotator("sutime", new Properties());
    List<PressRecord> theirs = new ArrayList<>();
    long sutimeNs = 0;
    for (int r = 0; r <= rounds; r++) {
      List<Annotation> anns = new ArrayList<>();
      for (GoldDoc g : docs) {
        Annotation a = new Annotation(g.text());
        tokenizer.annotate(a);
        if (g.gold().published() != null) {
          a.set(CoreAnnotations.DocDateAnnotation.class, g.gold().published().value().firstDay().toString());
        }
        anns.add(a);
      }
      long t0 = System.nanoTime();
      for (Annotation a : anns) {
        sutime.annotate(a);
      }
      if (r > 0) {
        sutimeNs += System.nanoTime() - t0;
      } else {
        for (int i = 0; i < docs.size(); i++) {
          theirs.add(datesOnly(docs.get(i).docId(), sutimeDates(docs.get(i).text(), anns.get(i))));
        }
      }
    }
    double oursTps = tokens * (double) rounds / (ns / 1e9);
    double theirsTps = tokens * (double) rounds / (sutimeNs / 1e9);
    EvalReport a = Evaluator.evaluate(docs, ours);
    EvalReport b = Evaluator.evaluate(docs, theirs);
    System.out.printf(Locale.ROOT, "%d documents, %d tokens, %d timed rounds%n", docs.size(), tokens, rounds);
    System.out.printf(Locale.ROOT, "%-12s %12s %10s %10s %10s%n", "", "tokens/s", "span F1", "lenient F1", "value F1");
    row("pressfacts", oursTps, a);
    row("SUTime", theirsTps, b);
    System.out.printf(Locale.ROOT, "speed ratio (pressfacts / SUTime): %.1fx%n", oursTps / theirsTps);
    return 0;
  }

  private static void row(String name, double tps, EvalReport r) {
    System.out.printf(Locale.ROOT, "%-12s %12.0f %10s %10s %10s%n", name, tps, f1(r.counts("dates strict", "DATE")),
        f1(r.counts("dates lenient", "DATE")), f1(r.counts("dates value", "DATE")));
  }

  private static String f1(Counts c) {
    return c.prf().map(p -> String.format(Locale.ROOT, "%.3f", p.f1())).orElse("n/a");
  }

  private static PressRecord datesOnly(String id, List<DateMention> dates) {
    return new PressRecord(PressRecord.SCHEMA_VERSION, id, null, null, List.of(), dates, List.of(), List.of(), null,
        List.of(), null);
  }

  /** SUTime's DATE and TIME expressions as date mentions; values it cannot place (XXXX-03-15) have none. */
  private static List<DateMention> sutimeDates(String text, Annotation a) {
    List<DateMention> out = new ArrayList<>();
    List<CoreMap> timexes = a.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap t : timexes) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || !("DATE".equals(timex.timexType()) || "TIME".equals(timex.timexType()))) {
        continue;
      }
      int s = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(DateMention.of(text, new CharSpan(s, e), value(timex.value())));
    }
    return out;
  }

  private static DateValue value(String v) {
    if (v == null) {
      return null;
    }
    try {
      return DateValue.parse(v.length() > 16 ? v.substring(0, 16) : v);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
