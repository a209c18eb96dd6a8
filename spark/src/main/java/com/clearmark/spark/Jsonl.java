package com.clearmark.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The results as JSON lines in the CLI's jsonl contract, partitioned like the Parquet results. Each
 * line is {@code to_json} of the contract's columns in their order with nulls written, so a line is
 * the line {@code clearmark screen --format jsonl} writes for the same listing; the partition
 * columns appear in the folder names and, for {@code decision}, in the line too.
 */
final class Jsonl {

  private Jsonl() {}

  static void write(Dataset<Row> results, String path) {
    var fields = new Column[ResultRows.CONTRACT.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = col(ResultRows.CONTRACT.get(i));
    }
    results
        .select(
            col("decision").as("decision_partition"),
            col("run_date"),
            to_json(struct(fields), Map.of("ignoreNullFields", "false")).as("value"))
        .withColumnRenamed("decision_partition", "decision")
        .write()
        .partitionBy("decision", "run_date")
        .text(path);
  }
}
