package pressfacts.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.IOUtils;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.SerializableConfiguration;
import pressfacts.io.DocumentSource;
import pressfacts.io.SourceItem;
import pressfacts.io.TextDecoder;
import scala.Tuple2;

/**
 * The job's inputs as one RDD of (where in the batch, document), read the way {@code extract}
 * reads them. The driver lists the files (a Hadoop path: local, HDFS, S3A, ...); the tasks read
 * them:
 * <ul>
 *   <li>{@code jsonl}: a JSON Lines file, or every {@code .jsonl} file below a folder, in the
 *       batch input format; one task reads each file with extract's own reader (same doc_ids and
 *       messages for bad lines); the documents are spread over the partitions afterwards;</li>
 *   <li>{@code files}: a {@code .txt}/{@code .html}/{@code .htm} file, or every such file below a
 *       folder (doc_id = relative path without extension), each read whole, decoded as extract
 *       decodes a file;</li>
 *   <li>{@code parquet}: Parquet with a {@code doc_id} (or {@code id}) and a {@code text} column,
 *       {@code published} and {@code title} optional; each row is checked as a JSONL object is,
 *       and named {@code FILE:ROW} when it has no doc_id.</li>
 * </ul>
 * {@code auto} picks jsonl for a name ending {@code .jsonl}, parquet for {@code .parquet}, and
 * files otherwise.
 */
final class Inputs {
  enum Format { AUTO, JSONL, FILES, PARQUET }

  private static final int MAX_BYTES = TextDecoder.DEFAULT_MAX_BYTES;

  private Inputs() {
  }

  /** A file for one task to read: its order, its full path, how messages name it, its doc_id and size. */
  record FileRef(OrderKey key, String path, String shown, String docId, long size) implements Serializable {
  }

  /** Every input as one RDD, in no particular partitioning; its keys give the batch order. */
  static JavaPairRDD<OrderKey, InputDoc> read(SparkSession spark, List<String> inputs, Format format, int slices)
      throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<FileRef> files = new ArrayList<>();
    List<FileRef> jsonl = new ArrayList<>();
    List<Tuple2<OrderKey, InputDoc>> failed = new ArrayList<>();
    List<JavaPairRDD<OrderKey, InputDoc>> parts = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String input = inputs.get(i);
      Format f = format != Format.AUTO ? format : auto(input);
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        // As extract names a missing input: a JSONL (or Parquet) input by its path, a file by its doc_id.
        String docId = f == Format.FILES ? DocumentSource.idOf(path.getName()) : input;
        failed.add(new Tuple2<>(new OrderKey(i, "", 0),
            InputDoc.of(DocumentSource.unreadable(docId, input, new NoSuchFileException(input)))));
        continue;
      }
      if (f == Format.PARQUET) {
        parts.add(parquet(spark, i, input));
        continue;
      }
      List<FileRef> into = f == Format.JSONL ? jsonl : files;
      if (!status.isDirectory()) {
        String docId = f == Format.JSONL ? input : DocumentSource.idOf(path.getName());
        into.add(new FileRef(new OrderKey(i, "", 0), status.getPath().toString(), input, docId, status.getLen()));
        continue;
      }
      String base = status.getPath().toUri().getPath();
      String shownBase = input.endsWith("/") && input.length() > 1 ? input.replaceAll("/+$", "") : input;
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus s = it.next();
        String name = s.getPath().getName();
        boolean wanted = f == Format.JSONL ? name.toLowerCase(Locale.ROOT).endsWith(".jsonl")
            : DocumentSource.isDocumentFile(name);
        if (!wanted) {
          continue;
        }
        String rel = s.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/+", "");
        String docId = DocumentSource.idOf(rel);
        // extract sorts a folder by doc_id; the relative path settles ties between a.txt and a.html.
        into.add(new FileRef(new OrderKey(i, docId + "\u0000" + rel, 0), s.getPath().toString(),
            shownBase + "/" + rel, docId, s.getLen()));
      }
    }
    SerializableConfiguration hadoop = new SerializableConfiguration(conf);
    if (!files.isEmpty()) {
      parts.add(jsc.parallelize(files, Math.max(1, Math.min(files.size(), slices)))
          .mapToPair(ref -> new Tuple2<>(ref.key(), InputDoc.of(readWhole(ref, hadoop.value())))));
    }
    if (!jsonl.isEmpty()) {
      parts.add(jsc.parallelize(jsonl, jsonl.size())
          .flatMapToPair(ref -> readJsonl(ref, hadoop.value())));
    }
    if (!failed.isEmpty()) {
      parts.add(jsc.parallelizePairs(failed, 1));
    }
    JavaPairRDD<OrderKey, InputDoc> all = jsc.parallelizePairs(new ArrayList<>(), 1);
    for (JavaPairRDD<OrderKey, InputDoc> p : parts) {
      all = all.union(p);
    }
    return all;
  }

  static Format auto(String input) {
    String n = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    return n.endsWith(".jsonl") ? Format.JSONL : n.endsWith(".parquet") ? Format.PARQUET : Format.FILES;
  }

  /** One file, whole, as extract's {@code DocumentSource.readFile} reads it. */
  static SourceItem readWhole(FileRef ref, Configuration conf) {
    if (ref.size() > MAX_BYTES) {
      return DocumentSource.tooLarge(ref.docId(), ref.shown(), ref.size(), MAX_BYTES);
    }
    Path p = new Path(ref.path());
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      byte[] bytes = new byte[(int) ref.size()];
      IOUtils.readFully(in, bytes, 0, bytes.length);
      return DocumentSource.decodeFile(bytes, ref.docId(), ref.shown(), MAX_BYTES);
    } catch (IOException e) {
      return DocumentSource.unreadable(ref.docId(), ref.shown(), e);
    }
  }

  /** One JSON Lines file through extract's reader, lazily; the n-th item is at line position n. */
  static Iterator<Tuple2<OrderKey, InputDoc>> readJsonl(FileRef ref, Configuration conf) {
    Path p = new Path(ref.path());
    Iterator<SourceItem> items;
    try {
      items = DocumentSource.jsonl(ref.shown(), p.getFileSystem(conf).open(p), MAX_BYTES);
    } catch (IOException e) {
      return List.of(new Tuple2<>(ref.key(), InputDoc.of(DocumentSource.unreadable(ref.docId(), ref.shown(), e))))
          .iterator();
    }
    return new Iterator<>() {
      private long n;

      public boolean hasNext() {
        return items.hasNext();
      }

      public Tuple2<OrderKey, InputDoc> next() {
        return new Tuple2<>(new OrderKey(ref.key().input(), ref.key().file(), n++), InputDoc.of(items.next()));
      }
    };
  }

  /** Parquet rows as input objects, ordered by file path and row index (not by how Spark splits the files). */
  static JavaPairRDD<OrderKey, InputDoc> parquet(SparkSession spark, int input, String path) {
    Dataset<Row> df = spark.read().parquet(path);
    List<String> cols = Arrays.asList(df.columns());
    if (!cols.contains("text")) {
      throw new IllegalArgumentException("the Parquet input " + path + " has no 'text' column (it has " + cols + ")");
    }
    List<String> fields = new ArrayList<>();
    List<Column> select = new ArrayList<>();
    for (String c : List.of("doc_id", "id", "text", "published", "title")) {
      if (cols.contains(c)) {
        fields.add(c);
        select.add(functions.col(c).cast("string"));
      }
    }
    select.add(functions.col("_metadata.file_path"));
    select.add(functions.col("_metadata.row_index"));
    List<String> names = List.copyOf(fields);
    return df.select(select.toArray(new Column[0])).javaRDD().mapToPair(row -> {
      ObjectNode n = JsonNodeFactory.instance.objectNode();
      for (int k = 0; k < names.size(); k++) {
        if (!row.isNullAt(k)) {
          n.put(names.get(k), row.getString(k));
        }
      }
      String file = row.getString(names.size());
      long index = row.getLong(names.size() + 1);
      String fileName = file.substring(file.lastIndexOf('/') + 1);
      SourceItem item = DocumentSource.fromObject(n, "row " + (index + 1) + " of '" + file + "'",
          fileName + ":" + (index + 1), MAX_BYTES);
      return new Tuple2<>(new OrderKey(input, file, index), InputDoc.of(item));
    });
  }
}
