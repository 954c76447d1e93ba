package pressfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.db.FactCounts;
import pressfacts.db.TableRows;
import pressfacts.record.Outcome;
import pressfacts.record.RecordJson;

/** Parquet out (the record JSON and the database sink's tables) and Parquet in (doc_id and text columns). */
class SparkParquetTest {

  @Test
  void parquetTablesHoldAsManyRowsAsTheRecordsHaveFacts(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (ObjectNode o : SparkTesting.synthetic(40)) {
      b.write(SparkTesting.line(o));
    }
    b.write("{\"doc_id\":\"no-text\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path in = dir.resolve("forty.jsonl");
    Files.write(in, b.toByteArray());
    Path out = dir.resolve("out");
    Path tables = dir.resolve("tables");

    SparkExtract.Summary s = SparkExtract.run(SparkTesting.spark(), SparkExtract.Job.of(List.of(in.toString()),
        out.toString()).withParquet(tables.toString()));

    String jsonl = SparkTesting.parts(out);
    List<Outcome> outcomes = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      outcomes.add(RecordJson.read(l));
    }
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put(ParquetTables.RECORDS, (long) outcomes.size());
    expected.putAll(FactCounts.of(outcomes)); // as the database tests count them
    assertEquals(expected, s.tableRows());
    SparkSession spark = SparkTesting.spark();
    Map<String, Long> read = new LinkedHashMap<>();
    for (String t : expected.keySet()) {
      read.put(t, spark.read().parquet(tables.resolve(t).toString()).count());
    }
    assertEquals(expected, read);
    // The records folder holds the JSON lines themselves; the tables have the database's columns.
    List<String> json = spark.read().parquet(tables.resolve(ParquetTables.RECORDS).toString()).select("json")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(SparkTesting.sortedByDocId(jsonl), SparkTesting.sortedByDocId(String.join("\n", json)));
    for (TableRows.Table t : TableRows.TABLES) {
      assertEquals(t.columns().stream().map(TableRows.Column::name).toList(),
          List.of(spark.read().parquet(tables.resolve(t.name()).toString()).columns()), t.name());
    }
    // Who holds which title: the same join the README runs on the database.
    long joined = spark.read().parquet(tables.resolve("roles").toString()).alias("r")
        .join(spark.read().parquet(tables.resolve("entities").toString()).alias("p"),
            org.apache.spark.sql.functions.expr("r.doc_id = p.doc_id AND r.person_id = p.entity_id"))
        .count();
    assertEquals(expected.get("roles"), joined);
  }

  @Test
  void parquetInputGivesTheRecordsOfExtractOnTheSameObjects(@TempDir Path dir) throws IOException {
    List<ObjectNode> docs = SparkTesting.synthetic(12);
    docs.get(2).put("published", "2019-09-19T10:30");
    docs.get(3).put("title", "A supplied title");
    StructType schema = new StructType()
        .add("doc_id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.StringType).add("title", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    for (ObjectNode o : docs) {
      rows.add(RowFactory.create(o.get("doc_id").asText(), o.get("text").asText(),
          o.has("published") ? o.get("published").asText() : null, o.has("title") ? o.get("title").asText() : null));
      jsonl.write(SparkTesting.line(o));
    }
    rows.add(RowFactory.create("no-text", null, null, null));
    rows.add(RowFactory.create("bad-date", "Judges met.", "yesterday", null));
    Path parquet = dir.resolve("docs.parquet");
    // Three files, so that rows are ordered across files too.
    Dataset<Row> df = SparkTesting.spark().createDataFrame(rows, schema).repartition(3);
    df.write().parquet(parquet.toString());
    Path out = dir.resolve("out");

    String missing = dir.resolve("missing.parquet").toString();
    SparkExtract.Summary s = SparkExtract.run(SparkTesting.spark(),
        SparkExtract.Job.of(List.of(parquet.toString(), missing), out.toString()));

    Path asJsonl = dir.resolve("docs.jsonl");
    Files.write(asJsonl, jsonl.toByteArray());
    List<String> expected = new ArrayList<>(SparkTesting.sortedByDocId(SparkTesting.extract(dir,
        List.of(asJsonl.toString()))));
    List<String> got = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String l : SparkTesting.sortedByDocId(SparkTesting.parts(out))) {
      if (l.contains("\"error\":")) {
        errors.add(l.replaceAll("row \\d+ of '[^']*'", "row N of 'FILE'"));
      } else {
        got.add(l);
      }
    }
    assertEquals(expected, got);
    // Sorted by doc_id: the missing input's doc_id is its absolute path.
    assertEquals(List.of(
        "{\"doc_id\":\"" + missing + "\",\"error\":{\"code\":\"UNREADABLE\",\"message\":\"cannot read '" + missing
            + "': no such file\"}}",
        "{\"doc_id\":\"bad-date\",\"error\":{\"code\":\"BAD_FIELD\",\"message\":\"row N of 'FILE':"
            + " \\\"published\\\" 'yesterday' is not a date such as 2008-08-05, 2008-08-05T12:35 or Tue, 05 Aug 2008 12:35:00 GMT\"}}",
        "{\"doc_id\":\"no-text\",\"error\":{\"code\":\"MISSING_TEXT\",\"message\":\"row N of 'FILE' has no"
            + " \\\"text\\\" string\"}}"), errors);
    assertEquals(15, s.documents());
  }
}
