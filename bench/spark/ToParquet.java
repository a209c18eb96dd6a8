// Converts canonical CSV listings to Parquet for the Spark benchmark (bench/spark/run.sh). Run as
// a single source file on the Spark job's class path:
//   java --add-opens=... -cp "$(cat spark/target/spark-classpath.txt)" bench/spark/ToParquet.java IN_DIR OUT_DIR
// Every column stays a string, as the CSV has it: the job reads Parquet columns by their canonical
// names and parses prices and '|'-separated bullets itself, so the two inputs screen the same.

import org.apache.spark.sql.SparkSession;

public class ToParquet {
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ToParquet CSV_DIR PARQUET_DIR");
      System.exit(2);
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("clearmark bench: csv to parquet")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    try {
      spark
          .read()
          .option("header", "true")
          // RFC 4180 quoting, as the generator writes it: a quote inside a field is doubled.
          .option("quote", "\"")
          .option("escape", "\"")
          .option("inferSchema", "false")
          .csv(args[0])
          .write()
          .parquet(args[1]);
    } finally {
      spark.stop();
    }
  }
}
