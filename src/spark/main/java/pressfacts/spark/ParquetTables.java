package pressfacts.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import pressfacts.db.TableRows;
import pressfacts.record.Outcome;
import pressfacts.record.RecordJson;
import scala.Tuple2;

/**
 * The records as Parquet: {@code DIR/records} (doc_id and the record's JSON line, one row per input
 * document, in input order) and one folder per table of the database sink ({@code documents},
 * {@code entities}, {@code mentions}, {@code dates}, {@code citations}, {@code provisions},
 * {@code roles}, ...; {@link TableRows}), with the database's column names and values, so the same
 * queries run on either. Rows are made from the JSON lines, as {@code load} makes them.
 */
final class ParquetTables {
  /** The folder of the JSON records beside the tables. */
  static final String RECORDS = "records";
  private static final int RECORDS_TAG = -1;

  private ParquetTables() {
  }

  /** Writes every folder; returns the rows written per folder (counted on the rows themselves, before writing). */
  static Map<String, Long> write(SparkSession spark, JavaRDD<String> lines, String dir) {
    JavaRDD<Tuple2<Integer, Row>> tagged = lines.flatMap(line -> {
      Outcome o = RecordJson.read(line);
      List<Tuple2<Integer, Row>> rows = new ArrayList<>();
      rows.add(new Tuple2<>(RECORDS_TAG, RowFactory.create(o.docId(), line)));
      Map<String, List<Object[]>> tables = TableRows.of(o);
      for (int t = 0; t < TableRows.TABLES.size(); t++) {
        for (Object[] r : tables.get(TableRows.TABLES.get(t).name())) {
          rows.add(new Tuple2<>(t, RowFactory.create(r)));
        }
      }
      return rows.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      Map<Integer, Long> perTag = tagged.map(Tuple2::_1).countByValue();
      StructType recordSchema = new StructType(new StructField[] {
          DataTypes.createStructField("doc_id", DataTypes.StringType, false),
          DataTypes.createStructField("json", DataTypes.StringType, false)});
      write(spark, tagged, RECORDS_TAG, recordSchema, dir + "/" + RECORDS);
      counts.put(RECORDS, perTag.getOrDefault(RECORDS_TAG, 0L));
      for (int t = 0; t < TableRows.TABLES.size(); t++) {
        TableRows.Table table = TableRows.TABLES.get(t);
        write(spark, tagged, t, schema(table), dir + "/" + table.name());
        counts.put(table.name(), perTag.getOrDefault(t, 0L));
      }
    } finally {
      tagged.unpersist(false);
    }
    return counts;
  }

  private static void write(SparkSession spark, JavaRDD<Tuple2<Integer, Row>> tagged, int tag, StructType schema,
                            String path) {
    JavaRDD<Row> rows = tagged.filter(t -> t._1() == tag).map(Tuple2::_2);
    spark.createDataFrame(rows, schema).write().mode(SaveMode.ErrorIfExists).parquet(path);
  }

  static StructType schema(TableRows.Table table) {
    List<StructField> fields = new ArrayList<>();
    for (TableRows.Column c : table.columns()) {
      DataType type = switch (c.type()) {
        case TEXT -> DataTypes.StringType;
        case INTEGER -> DataTypes.IntegerType;
        case DOUBLE -> DataTypes.DoubleType;
      };
      fields.add(DataTypes.createStructField(c.name(), type, true));
    }
    return new StructType(fields.toArray(new StructField[0]));
  }
}
