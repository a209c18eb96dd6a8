package com.clearmark.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Splits a run's listings into those a previous run already screened, under the same registry
 * version and settings and with the same content hash, and those to screen now.
 *
 * <p>A reused result keeps the previous decision, score and findings, and takes its identity and
 * position (id, SKU, ASIN, source, row, line) from the listing as read now, so a listing that moved
 * within its file is reported where it is. Previous results are joined by content hash only: two
 * listings with the same content have the same result wherever they stand.
 */
final class Incremental {

  /**
   * @param joined the listings joined with the previous results, kept for both halves; the caller
   *     unpersists it
   */
  record Split(Dataset<Row> toScreen, Dataset<Row> reused, Dataset<Row> joined) {}

  private Incremental() {}

  static Split split(
      SparkSession spark,
      Dataset<Row> listings,
      String previousOutput,
      String indexVersion,
      String settings) {
    String results = previousOutput + "/results";
    try {
      var fs = ListingInput.fileSystem(spark, results);
      if (!fs.exists(new org.apache.hadoop.fs.Path(previousOutput, "run.json"))) {
        throw new JobOptions.Mistake(
            "--previous: "
                + previousOutput
                + " is not a complete Clearmark Spark run (it has no run.json)");
      }
    } catch (IOException e) {
      throw new JobOptions.Mistake("--previous: cannot read " + previousOutput + ": " + e);
    }
    Dataset<Row> previous =
        spark
            .read()
            .parquet(results)
            .filter(
                col("index_version").equalTo(indexVersion).and(col("settings").equalTo(settings)))
            .select(
                col("content_hash").as("p_hash"),
                col("decision").as("p_decision"),
                col("score").as("p_score"),
                col("findings").as("p_findings"))
            .dropDuplicates("p_hash");
    Dataset<Row> joined =
        listings.join(
            previous, listings.col("content_hash").equalTo(previous.col("p_hash")), "left");
    Dataset<Row> toScreen =
        joined.filter(col("p_hash").isNull()).select(columns(ListingRows.SCHEMA.fieldNames()));
    Column id =
        when(length(col("sku")).gt(0), col("sku"))
            .when(length(col("asin")).gt(0), col("asin"))
            .otherwise(col("row").cast("string"));
    Dataset<Row> reused =
        joined
            .filter(col("p_hash").isNotNull())
            .select(
                id.as("id"),
                col("sku"),
                col("asin"),
                col("p_decision").as("decision"),
                col("p_score").as("score"),
                col("p_findings").as("findings"),
                col("source"),
                col("row"),
                col("line"),
                col("content_hash"),
                org.apache.spark.sql.functions.lit(indexVersion).as("index_version"),
                org.apache.spark.sql.functions.lit(settings).as("settings"),
                org.apache.spark.sql.functions.lit("").as("run_date"));
    return new Split(toScreen, reused, joined);
  }

  private static Column[] columns(String[] names) {
    var out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }
}
