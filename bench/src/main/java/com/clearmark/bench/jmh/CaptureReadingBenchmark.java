package com.clearmark.bench.jmh;

import com.clearmark.bench.SyntheticListings;
import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.io.CapturedListing;
import com.clearmark.engine.io.CapturedListingReader;
import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.listing.Listing;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a "marketplace listing" CSV of 20,000 captured listings (synthetic, about 1.5 KB of text
 * each, with seller columns), milliseconds per file: {@code read} parses and validates the rows,
 * {@code readAndSign} also signs each listing's text as stay-down does. The baseline of the same
 * run, {@code baselineListingReader}, reads the same file through the seller-side {@link
 * ListingReader}, which takes it for a canonical CSV.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main CaptureReadingBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class CaptureReadingBenchmark {
  private static final int ROWS = 20_000;

  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("captured-listings", ".csv");
    List<Listing> listings = new SyntheticListings().generate(ROWS, 15).listings();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "marketplace,listing_id,url,seller_id,seller_name,seller_address,seller_phone,"
              + "seller_email,price,currency,captured_at,available,title,brand,bullet_points,"
              + "description,search_terms,category\n");
      for (int i = 0; i < listings.size(); i++) {
        Listing l = listings.get(i);
        String seller = "A" + (i % 3000);
        String[] row = {
          "amazon.com",
          l.asin(),
          "https://www.amazon.com/dp/" + l.asin(),
          seller,
          l.brand() + " Store",
          (i % 3000) + " Harbour Road, Shenzhen",
          "+1 415 555 " + String.format("%04d", i % 3000),
          "shop" + (i % 3000) + "@gmail.com",
          l.price().toPlainString(),
          "USD",
          "2026-11-20T09:30:00Z",
          "true",
          l.title(),
          l.brand(),
          String.join("|", l.bulletPoints()),
          l.description(),
          l.searchTerms(),
          l.category()
        };
        for (int c = 0; c < row.length; c++) {
          if (c > 0) {
            out.write(',');
          }
          out.write('"');
          out.write(row[c].replace("\"", "\"\""));
          out.write('"');
        }
        out.write('\n');
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public int read() {
    int n = 0;
    try (var reader = CapturedListingReader.open(file, true, p -> {})) {
      while (reader.hasNext()) {
        n += reader.next().title().length();
      }
    }
    return n;
  }

  @Benchmark
  public int readAndSign() {
    MinHasher hasher = MinHasher.standard();
    int n = 0;
    try (var reader = CapturedListingReader.open(file, true, p -> {})) {
      while (reader.hasNext()) {
        CapturedListing row = reader.next();
        n += hasher.sign(row.text()).slot(0);
      }
    }
    return n;
  }

  @Benchmark
  public int baselineListingReader() {
    int n = 0;
    try (var reader = ListingReader.open(file, null, true, p -> {})) {
      while (reader.hasNext()) {
        n += reader.next().title().length();
      }
    }
    return n;
  }
}
