package pressfacts.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code extract} as an Apache Spark job: the same record, byte for byte, for each input document,
 * written as {@code OUT_DIR/part-NNNNN.jsonl} (the files, taken in name order, hold the records in
 * input order), and on request as Parquet tables ({@link ParquetTables}).
 *
 * <p>Plan: the driver lists the inputs ({@link Inputs}); tasks read them; the driver counts
 * duplicate doc_ids over the whole batch (only the duplicates come back to it); the documents are
 * range-partitioned by their place in the batch; each task runs its partition through the pipeline
 * of its executor JVM ({@link ExtractorSource#standard()}: models loaded once per JVM, never
 * shipped) and writes its part file through Hadoop's committer. A record depends only on its
 * document and its duplicate number, so partitioning changes which file holds a record, never its
 * bytes.
 */
@Command(name = "pressfacts.spark.SparkExtract", mixinStandardHelpOptions = true,
    description = {"Extract facts from press releases on Apache Spark: one JSON record per input document,",
        "the same bytes as 'pressfacts extract', written as OUT_DIR/part-NNNNN.jsonl in input order.",
        "Inputs are Hadoop paths (local, hdfs://, s3a://, ...). Exit status: 0 every document gave a record,",
        "1 some gave error records, 2 usage error."},
    footer = {"", "Examples:",
        "  java -cp \"target/pressfacts.jar:target/lib/*:target/spark-lib/*\" pressfacts.spark.SparkExtract \\",
        "      --master 'local[2]' -o out/ ../shared/releases/us-county.jsonl",
        "  spark-submit --class pressfacts.spark.SparkExtract ... pressfacts.jar -o s3a://bucket/records/ \\",
        "      --parquet s3a://bucket/tables/ s3a://bucket/releases/"})
public final class SparkExtract implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = {
      "A .jsonl file (the batch input format of extract), a .txt/.html file or a folder of them",
      "(doc_id = relative path without extension), or Parquet with doc_id and text columns."})
  List<String> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT_DIR",
      description = "Folder for part-NNNNN.jsonl; it must not exist (see --overwrite).")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. 'local[2]'; default: what spark-submit set, else local[*].")
  String master;

  @Option(names = "--format", paramLabel = "FORMAT", description = {
      "How to read every INPUT: auto (default: .jsonl -> jsonl, .parquet -> parquet, else files),",
      "jsonl (a file, or every .jsonl below a folder), files (.txt/.html/.htm), parquet."})
  Inputs.Format format = Inputs.Format.AUTO;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions (tasks) for the pipeline (default: 4 x Spark's default parallelism).")
  int partitions;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Also write Parquet: DIR/records (doc_id, json) and DIR/<table> for every table of the database sink.")
  String parquet;

  @Option(names = "--overwrite", description = "Delete OUT_DIR (and the --parquet DIR) first when they exist.")
  boolean overwrite;

  @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
  boolean quiet;

  /** What a run did. {@code tableRows} is empty without Parquet output. */
  public record Summary(long documents, long errors, Map<String, Long> tableRows) {
  }

  /** One run's settings, for {@link #run}. */
  public record Job(List<String> inputs, String output, Inputs.Format format, int partitions, String parquet,
                    boolean overwrite, ExtractorSource extractor) {
    public Job {
      inputs = List.copyOf(inputs);
    }

    public static Job of(List<String> inputs, String output) {
      return new Job(inputs, output, Inputs.Format.AUTO, 0, null, false, ExtractorSource.standard());
    }

    public Job withFormat(Inputs.Format f) {
      return new Job(inputs, output, f, partitions, parquet, overwrite, extractor);
    }

    public Job withPartitions(int n) {
      return new Job(inputs, output, format, n, parquet, overwrite, extractor);
    }

    public Job withParquet(String dir) {
      return new Job(inputs, output, format, partitions, dir, overwrite, extractor);
    }

    public Job withExtractor(ExtractorSource e) {
      return new Job(inputs, output, format, partitions, parquet, overwrite, e);
    }
  }

  public static void main(String[] args) {
    JavaOptions.relaunchWithModuleOptionsIfMissing(SparkExtract.class, args);
    CommandLine cl = new CommandLine(new SparkExtract());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("pressfacts spark: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 2;
    });
    System.exit(cl.execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    if (partitions < 0) {
      err.println("pressfacts spark: --partitions must be at least 1, got " + partitions);
      return 2;
    }
    SparkSession.Builder b = SparkSession.builder().appName("pressfacts extract");
    if (master != null) {
      b.master(master);
    } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      b.master("local[*]");
    }
    long t0 = System.nanoTime();
    SparkSession spark = b.getOrCreate();
    try {
      Job job = new Job(inputs, output, format, partitions, parquet, overwrite, ExtractorSource.standard());
      Summary s;
      try {
        s = run(spark, job);
      } catch (IllegalArgumentException e) {
        err.println("pressfacts spark: " + e.getMessage());
        return 2;
      }
      if (!quiet) {
        err.printf("pressfacts spark: %d documents, %d records, %d error records in %.1f s; records in %s/part-*.jsonl%n",
            s.documents(), s.documents() - s.errors(), s.errors(), (System.nanoTime() - t0) / 1e9, output);
        if (!s.tableRows().isEmpty()) {
          err.println("pressfacts spark: Parquet rows in " + parquet + ": " + s.tableRows());
        }
      }
      return s.errors() == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on a session (tests share one); throws IllegalArgumentException on a usage error. */
  public static Summary run(SparkSession spark, Job job) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    prepareOutput(spark, job.output(), job.overwrite());
    if (job.parquet() != null) {
      prepareOutput(spark, job.parquet(), job.overwrite());
    }
    int n = job.partitions() > 0 ? job.partitions() : 4 * jsc.defaultParallelism();
    JavaPairRDD<OrderKey, InputDoc> docs = Inputs.read(spark, job.inputs(), job.format(), n)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Broadcast<Map<OrderKey, Integer>> dups = jsc.broadcast(duplicates(docs));
      LongAccumulator documents = jsc.sc().longAccumulator("documents");
      LongAccumulator errors = jsc.sc().longAccumulator("error records");
      JavaPairRDD<OrderKey, String> lines = docs.sortByKey(true, n)
          .mapPartitionsToPair(new ExtractPartition(job.extractor(), dups, documents, errors), true);
      Map<String, Long> tables = Map.of();
      if (job.parquet() != null) {
        // Both outputs come from one pipeline run: keep its lines rather than run it twice.
        lines = lines.persist(StorageLevel.MEMORY_AND_DISK());
      }
      lines.mapToPair(t -> new Tuple2<>(NullWritable.get(), new Text(t._2())))
          .saveAsHadoopFile(job.output(), NullWritable.class, Text.class, JsonlOutputFormat.class);
      if (job.parquet() != null) {
        tables = ParquetTables.write(spark, lines.values(), job.parquet());
        lines.unpersist(false);
      }
      return new Summary(documents.value(), errors.value(), tables);
    } finally {
      docs.unpersist(false);
    }
  }

  /**
   * For each document whose doc_id occurred earlier in the batch, its occurrence number (2, 3, ...),
   * as extract's DUPLICATE_DOC_ID warning counts it (error items count too). Only duplicates reach
   * the driver.
   */
  static Map<OrderKey, Integer> duplicates(JavaPairRDD<OrderKey, InputDoc> docs) {
    Map<OrderKey, Integer> m = docs.mapToPair(t -> new Tuple2<>(t._2().docId(), t._1()))
        .groupByKey()
        .flatMapToPair(g -> {
          List<OrderKey> keys = new ArrayList<>();
          g._2().forEach(keys::add);
          List<Tuple2<OrderKey, Integer>> out = new ArrayList<>();
          if (keys.size() > 1) {
            keys.sort(null);
            for (int i = 1; i < keys.size(); i++) {
              out.add(new Tuple2<>(keys.get(i), i + 1));
            }
          }
          return out.iterator();
        })
        .collectAsMap();
    return new HashMap<>(m);
  }

  private static void prepareOutput(SparkSession spark, String dir, boolean overwrite) throws IOException {
    Path p = new Path(dir);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(p)) {
      if (!overwrite) {
        throw new IllegalArgumentException("the output " + dir + " exists; choose another or add --overwrite");
      }
      fs.delete(p, true);
    }
  }
}
