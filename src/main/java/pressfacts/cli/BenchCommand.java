package pressfacts.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pressfacts.doc.Document;
import pressfacts.io.SourceItem;
import pressfacts.pipeline.Pipeline;
import pressfacts.pipeline.StageTimings;
import pressfacts.run.BatchRunner;
import pressfacts.run.Extractor;
import pressfacts.run.ModelStore;
import pressfacts.run.StandardPipeline;
import pressfacts.run.Synth;
import pressfacts.stage.tokens.TokenStage;

/**
 * {@code pressfacts bench}: throughput of the full pipeline, and with {@code --baseline} of
 * CoreNLP's default NER pipeline over the same documents in the same JVM, so the ratio is
 * measured on one machine at one time.
 */
@Command(name = "bench",
    header = "Measure throughput, optionally against CoreNLP's default NER pipeline.", mixinStandardHelpOptions = true,
    description = {"Measure throughput: tokens/s, docs/s, time to first record, peak heap and the",
        "share of time per stage. With --baseline, also run CoreNLP's default",
        "tokenize,ssplit,pos,lemma,ner pipeline over the same documents and print the ratio;",
        "with --parse-cost, CoreNLP's dependency parse, to show what it would add."},
    footer = {"", "Example:", "  target/pressfacts bench --docs 200 --baseline corpus/synthetic/dev/",
        "  target/pressfacts bench --scaling 5000,10000,20000 --vocab names,mixed"})
public final class BenchCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin
  RoleLinkerOption roles = new RoleLinkerOption();

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Documents (as for extract); repeated and varied up to --docs.")
  List<String> inputs;

  @Option(names = "--docs", paramLabel = "N", description = "Documents to process (default ${DEFAULT-VALUE}).")
  int docs = 100;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for both pipelines (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--baseline", description = "Also run CoreNLP's tokenize,ssplit,pos,lemma,ner on the same documents.")
  boolean baseline;

  @Option(names = "--parse-cost", description = {"Also run CoreNLP's tokenize,ssplit,pos,depparse on the same documents",
      "and print its cost per 1,000 tokens: what a dependency parse for roles would add."})
  boolean parseCost;

  @Option(names = "--scaling", paramLabel = "N1,N2,...", description = {"Instead of INPUT: generate one document",
      "per size (in words, no full stop) and print each stage's time per 1,000 tokens and its growth",
      "ratio from size to size (about 1 = linear), e.g. --scaling 5000,10000,20000."})
  String scaling;

  @Option(names = "--vocab", paramLabel = "V", split = ",", description = {"With --scaling: the vocabularies,",
      "names, orgs, mixed (default: all three)."})
  List<String> vocab = List.of("names", "orgs", "mixed");

  @Option(names = "--repeat", paramLabel = "N", description = "With --scaling: runs per size, the fastest counts (default ${DEFAULT-VALUE}).")
  int repeat = 3;

  @Override
  public Integer call() throws Exception {
    if (scaling != null) {
      return ScalingBench.run(StandardPipeline.build(ModelStore.load()), ScalingBench.parseSizes(scaling), vocab,
          repeat, System.out);
    }
    if (inputs == null || inputs.isEmpty()) {
      System.err.println("pressfacts bench: give INPUT or --scaling");
      return 2;
    }
    List<Document> base = SynthCommand.readAll(inputs);
    if (base.isEmpty()) {
      System.err.println("pressfacts bench: no readable document in " + inputs);
      return 2;
    }
    List<Document> corpus = Synth.expand(base, docs);
    long tokens = 0;
    for (Document d : corpus) {
      tokens += TokenStage.tokenize(d.text()).tokens().size();
    }
    System.out.printf(Locale.ROOT, "documents: %d (from %d inputs), tokens: %d, threads: %d%n", corpus.size(),
        base.size(), tokens, threads);

    long t0 = System.nanoTime();
    ModelStore models = roles.apply(ModelStore.load());
    Pipeline pipeline = StandardPipeline.build(models);
    long loaded = System.nanoTime();
    StageTimings timings = new StageTimings(pipeline.stageNames());
    Extractor extractor = new Extractor(pipeline, timings);
    long[] firstRecord = {0};
    new BatchRunner(extractor, threads).run(corpus.stream().map(SourceItem::of).iterator(), o -> {
      if (firstRecord[0] == 0) {
        firstRecord[0] = System.nanoTime();
      }
    });
    long done = System.nanoTime();
    double loadS = (loaded - t0) / 1e9;
    double runS = (done - loaded) / 1e9;
    System.out.printf(Locale.ROOT, "pressfacts: load %.2f s, first record %.2f s after start, run %.2f s, wall %.2f s%n",
        loadS, (firstRecord[0] - t0) / 1e9, runS, (done - t0) / 1e9);
    System.out.printf(Locale.ROOT, "pressfacts: %.0f tokens/s, %.1f docs/s (run only)%n", tokens / runS, corpus.size() / runS);
    long total = timings.snapshot().values().stream().mapToLong(Long::longValue).sum();
    for (Map.Entry<String, Long> e : timings.snapshot().entrySet()) {
      System.out.printf(Locale.ROOT, "  stage %-10s %5.1f%%  %8.1f ms per 1,000 tokens%n", e.getKey(),
          100.0 * e.getValue() / Math.max(1, total), e.getValue() / 1e6 / (tokens / 1000.0));
    }
    System.out.printf(Locale.ROOT, "pressfacts: peak heap %d MB%n", peakHeapMb());

    double wallS = (done - t0) / 1e9;
    if (baseline) {
      CoreNlpRun b = runCoreNlp("tokenize,ssplit,pos,lemma,ner", corpus);
      System.out.printf(Locale.ROOT, "corenlp baseline: load %.2f s, run %.2f s, wall %.2f s, %.0f tokens/s%n",
          b.loadS(), b.runS(), b.wallS(), tokens / b.runS());
      System.out.printf(Locale.ROOT, "ratio (baseline / pressfacts): wall %.1fx, run %.1fx%n",
          b.wallS() / wallS, b.runS() / runS);
      System.out.printf(Locale.ROOT, "peak heap after both %d MB%n", peakHeapMb());
    }
    if (parseCost) {
      CoreNlpRun d = runCoreNlp("tokenize,ssplit,pos,depparse", corpus);
      System.out.printf(Locale.ROOT, "corenlp dependency parse (tokenize,ssplit,pos,depparse): load %.2f s, run %.2f s,"
          + " %.1f ms per 1,000 tokens; %.1fx the run time of the whole pressfacts pipeline%n",
          d.loadS(), d.runS(), d.runS() * 1000 / (tokens / 1000.0), d.runS() / runS);
    }
    return 0;
  }

  /** Load and run time of one CoreNLP pipeline over the documents, with the same thread count. */
  private record CoreNlpRun(double loadS, double runS, double wallS) {
  }

  private CoreNlpRun runCoreNlp(String annotators, List<Document> corpus) throws Exception {
    long b0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
    long bLoaded = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> fs = new ArrayList<>();
    for (Document d : corpus) {
      fs.add(pool.submit(() -> corenlp.annotate(new Annotation(d.text()))));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    long bDone = System.nanoTime();
    return new CoreNlpRun((bLoaded - b0) / 1e9, (bDone - bLoaded) / 1e9, (bDone - b0) / 1e9);
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }
}
