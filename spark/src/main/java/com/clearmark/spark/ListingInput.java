package com.clearmark.spark;

import com.clearmark.engine.io.CanonicalRecords;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.io.ListingReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Reads the listings of a run into {@link ListingRows}, keeping the engine's readers in charge of
 * every format so that a listing read here is the listing {@code clearmark screen} reads.
 *
 * <ul>
 *   <li><b>Parquet</b> with the canonical columns splits like any Parquet input; each row is
 *       checked by {@link CanonicalRecords}, the canonical CSV's rules.
 *   <li><b>Every other file</b> (canonical CSV or JSON lines, All Listings reports, category flat
 *       files) is read whole by one task through {@link ListingReader}, which tells the format from
 *       the content. A quoted field may span lines, and a flat file's header rows precede its data,
 *       so such files cannot be split at arbitrary bytes: parallelism comes from many files, as
 *       exports and earlier Spark jobs write them. A file on a remote file system is first copied
 *       to the task's local disk.
 * </ul>
 */
final class ListingInput {

  private ListingInput() {}

  static Dataset<Row> read(SparkSession spark, JobOptions options) {
    var parquet = new ArrayList<String>();
    var files = new ArrayList<String>();
    for (String path : options.listings()) {
      matched(spark, path);
      boolean isParquet =
          switch (options.inputFormat()) {
            case PARQUET -> true;
            case FILES -> false;
            case AUTO -> looksLikeParquet(spark, path);
          };
      (isParquet ? parquet : files).add(path);
    }
    Dataset<Row> rows = null;
    if (!parquet.isEmpty()) {
      rows = fromParquet(spark, parquet);
    }
    if (!files.isEmpty()) {
      Dataset<Row> fromFiles = fromFiles(spark, files, options);
      rows = rows == null ? fromFiles : rows.unionByName(fromFiles);
    }
    return rows;
  }

  /** What a listings path or glob matches; refused when it matches nothing. */
  private static FileStatus[] matched(SparkSession spark, String path) {
    try {
      var p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] matched = fs.globStatus(p);
      if (matched == null || matched.length == 0) {
        throw new JobOptions.Mistake("--listings: nothing found at " + path);
      }
      return matched;
    } catch (IOException e) {
      throw new JobOptions.Mistake("--listings: cannot list " + path + ": " + e.getMessage());
    }
  }

  /** A path ending in .parquet, or a folder or glob whose files are Parquet. */
  private static boolean looksLikeParquet(SparkSession spark, String path) {
    if (path.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return true;
    }
    try {
      var p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (FileStatus s : matched(spark, path)) {
        if (s.isDirectory()) {
          for (FileStatus child : fs.listStatus(s.getPath())) {
            if (child.getPath().getName().endsWith(".parquet")) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new JobOptions.Mistake("--listings: cannot list " + path + ": " + e.getMessage());
    }
  }

  private static Dataset<Row> fromParquet(SparkSession spark, List<String> paths) {
    Dataset<Row> raw = spark.read().parquet(paths.toArray(String[]::new));
    var present = List.of(raw.columns());
    var columns = new ArrayList<org.apache.spark.sql.Column>();
    columns.add(functions.input_file_name().as("_source"));
    for (String c : CanonicalRecords.COLUMNS) {
      columns.add(present.contains(c) ? functions.col(c) : functions.lit(null).as(c));
    }
    columns.add(
        present.contains("row")
            ? functions.col("row").cast("long").as("_row")
            : functions.monotonically_increasing_id().plus(1).as("_row"));
    Dataset<Row> selected = raw.select(columns.toArray(org.apache.spark.sql.Column[]::new));
    return selected.mapPartitions(
        (MapPartitionsFunction<Row, Row>) ListingInput::checkRecords,
        Encoders.row(ListingRows.SCHEMA));
  }

  private static Iterator<Row> checkRecords(Iterator<Row> in) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Row next() {
        Row r = in.next();
        String source = r.getString(0);
        long row = r.isNullAt(r.size() - 1) ? 0 : r.getLong(r.size() - 1);
        try {
          return ListingRows.of(
              source, CanonicalRecords.listing(Math.max(row, 1), row, ListingRows.values(r)));
        } catch (CanonicalRecords.InvalidRecord e) {
          String message = e.getMessage().substring(e.field().length() + 2);
          return ListingRows.problem(source, new InputProblem(source, row, e.field(), message));
        } catch (IllegalArgumentException e) {
          return ListingRows.problem(source, new InputProblem(source, row, "", e.getMessage()));
        }
      }
    };
  }

  private static Dataset<Row> fromFiles(
      SparkSession spark, List<String> paths, JobOptions options) {
    var jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, options.partitions());
    String encoding = options.encoding();
    JavaRDD<Row> rows =
        jsc.binaryFiles(String.join(",", paths), slices)
            .flatMap(
                (FlatMapFunction<Tuple2<String, PortableDataStream>, Row>)
                    file -> readWhole(file._1(), file._2(), encoding));
    return spark.createDataFrame(rows, ListingRows.SCHEMA);
  }

  /**
   * One file's rows, read by the engine as they are asked for. Malformed rows become problem rows;
   * a file the engine refuses whole becomes one refused-file row, which the driver turns into an
   * error before anything is written.
   */
  private static Iterator<Row> readWhole(String name, PortableDataStream data, String encoding)
      throws IOException {
    Charset charset = encoding == null ? null : Charset.forName(encoding);
    URI uri = URI.create(name);
    if ("file".equals(uri.getScheme())) {
      return new FileRows(name, Path.of(uri), null, charset);
    }
    Path copy = Files.createTempFile("clearmark-listings-", ".part");
    try (InputStream in = data.open()) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
    return new FileRows(name, copy, copy, charset);
  }

  /** Streams one file's listings and problems; closes the reader and drops any copy at the end. */
  private static final class FileRows implements Iterator<Row> {
    private final String name;
    private final Path copy;
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private ListingReader reader;

    FileRows(String name, Path local, Path copy, Charset charset) {
      this.name = name;
      this.copy = copy;
      try {
        reader = ListingReader.open(local, charset, false, this::malformed);
      } catch (InputException e) {
        refused(e.problem());
      }
    }

    private void malformed(InputProblem p) {
      pending.add(
          ListingRows.problem(name, new InputProblem(name, p.line(), p.field(), p.message())));
    }

    private void refused(InputProblem p) {
      String message = p.line() > 0 ? "line " + p.line() + ": " + p.message() : p.message();
      pending.add(ListingRows.refusedFile(name, new InputProblem(name, 0, p.field(), message)));
      close();
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && reader != null) {
        try {
          if (reader.hasNext()) {
            pending.add(ListingRows.of(name, reader.next()));
          } else {
            close();
          }
        } catch (InputException e) {
          refused(e.problem());
        } catch (UncheckedIOException e) {
          refused(new InputProblem(name, 0, "", "cannot be read: " + e.getMessage()));
        }
      }
      return !pending.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }

    private void close() {
      if (reader != null) {
        reader.close();
        reader = null;
      }
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException ignored) {
          // a temporary copy left behind is removed with the task's scratch space
        }
      }
    }
  }

  /** The Hadoop configuration's file system for a path, for listing and existence checks. */
  static FileSystem fileSystem(SparkSession spark, String path) {
    try {
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      return new org.apache.hadoop.fs.Path(path).getFileSystem(conf);
    } catch (IOException e) {
      throw new JobOptions.Mistake("cannot reach " + path + ": " + e.getMessage());
    }
  }
}
