package pressfacts.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordWriter;
import org.apache.hadoop.mapred.TextOutputFormat;
import org.apache.hadoop.util.Progressable;

/**
 * Hadoop's text output (each value as its UTF-8 bytes and a newline, what {@code saveAsTextFile}
 * writes) with files named {@code part-NNNNN.jsonl}. Written through Hadoop's output committer, so a
 * retried or speculative task never leaves a partial or doubled file.
 */
public final class JsonlOutputFormat extends TextOutputFormat<NullWritable, Text> {
  @Override
  public RecordWriter<NullWritable, Text> getRecordWriter(FileSystem ignored, JobConf job, String name,
                                                          Progressable progress) throws IOException {
    return super.getRecordWriter(ignored, job, name + ".jsonl", progress);
  }
}
