package com.clearmark.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: {@code local[2]}, no UI, few shuffle partitions, so that
 * every test class shares its start-up cost.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("clearmark-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.sources.partitionOverwriteMode", "static")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
