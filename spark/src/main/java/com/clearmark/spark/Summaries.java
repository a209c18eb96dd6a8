package com.clearmark.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The summary table of a run: one row per decision with its listings and findings ({@code rule} and
 * {@code mark} null), then one per decision, rule and mark with the findings of that rule against
 * that mark and the listings they were found in.
 */
final class Summaries {

  private Summaries() {}

  static Dataset<Row> of(Dataset<Row> results) {
    Dataset<Row> perDecision =
        results
            .groupBy(col("run_date"), col("decision"))
            .agg(count(lit(1)).as("listings"), sum(size(col("findings"))).as("findings"))
            .select(
                col("run_date"),
                col("decision"),
                lit(null).cast("string").as("rule"),
                lit(null).cast("string").as("mark"),
                col("listings"),
                col("findings"));
    Dataset<Row> perMark =
        results
            .select(
                col("run_date"),
                col("decision"),
                col("source"),
                col("row"),
                explode(col("findings")).as("f"))
            .groupBy(
                col("run_date"),
                col("decision"),
                col("f.rule").as("rule"),
                col("f.mark").as("mark"))
            .agg(
                countDistinct(col("source"), col("row")).as("listings"),
                count(lit(1)).as("findings"))
            .select(
                col("run_date"),
                col("decision"),
                col("rule"),
                col("mark"),
                col("listings"),
                col("findings"));
    return perDecision.unionByName(perMark);
  }

  /** Listings per decision, from a written summary. */
  static Map<String, Long> decisions(Dataset<Row> summary) {
    var out = new TreeMap<String, Long>();
    for (Row r : summary.filter(col("rule").isNull()).collectAsList()) {
      out.merge(
          r.getString(r.fieldIndex("decision")), r.getLong(r.fieldIndex("listings")), Long::sum);
    }
    return out;
  }
}
