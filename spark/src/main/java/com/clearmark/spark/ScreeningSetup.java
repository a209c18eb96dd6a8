package com.clearmark.spark;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.IndexFile;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.io.OwnBrandReader;
import com.clearmark.engine.io.ReferencePriceReader;
import com.clearmark.engine.screening.CatalogueProfile;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Thresholds;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkFiles;
import org.apache.spark.broadcast.Broadcast;

/**
 * What an executor needs to screen as the driver would, small enough to travel with every task: the
 * name and version of the index file shipped with {@code SparkContext.addFile}, the seller's files
 * and the learned catalogue as broadcasts, and the thresholds.
 *
 * <p>The index itself is never serialized. {@link #prepared()} opens it from the executor's copy of
 * the file, once per executor JVM, and keeps the {@link Screener} for every later task of the run;
 * the screener keeps one scanner per thread, so each task thread scans with its own buffers over
 * the shared read-only index.
 */
record ScreeningSetup(
    String indexFile,
    String indexVersion,
    Broadcast<SellerFiles> seller,
    Broadcast<byte[]> catalogue,
    LocalDate today,
    int reviewThreshold,
    int blockThreshold)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The seller's own-brand and reference-price files as the driver read them, parsed again on each
   * executor by the same engine readers (their problems were reported by the driver).
   */
  record SellerFiles(byte[] ownBrands, byte[] referencePrices) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Indexes opened in this JVM, by version: a run needs one, a long-lived executor a few. */
  private static final Map<String, MarkIndex> INDEXES = new LinkedHashMap<>();

  /** Screeners made in this JVM, by setup. */
  private static final Map<String, Prepared> SCREENERS = new LinkedHashMap<>();

  private static final int KEPT = 2;

  String key() {
    return indexVersion
        + "/"
        + seller.id()
        + "/"
        + (catalogue == null ? "none" : catalogue.id())
        + "/"
        + today
        + "/"
        + reviewThreshold
        + "/"
        + blockThreshold;
  }

  /** A screener and the seller context its findings' suggestions are made for. */
  record Prepared(Screener screener, SellerContext seller) {}

  /** This JVM's screener for the setup, made by the first task that asks. */
  Prepared prepared() {
    synchronized (SCREENERS) {
      Prepared s = SCREENERS.get(key());
      if (s == null) {
        s = open();
        SCREENERS.put(key(), s);
        evict(SCREENERS);
      }
      return s;
    }
  }

  private Prepared open() {
    MarkIndex index;
    synchronized (INDEXES) {
      index = INDEXES.get(indexVersion);
      if (index == null) {
        Path file = Path.of(SparkFiles.get(indexFile));
        String found = IndexFile.version(file);
        if (!found.equals(indexVersion)) {
          throw new IllegalStateException(
              "the executor's copy of " + indexFile + " is " + found + ", not " + indexVersion);
        }
        index = IndexFile.read(file);
        INDEXES.put(indexVersion, index);
        evict(INDEXES);
      }
    }
    SellerFiles files = seller.value();
    var context =
        new SellerContext(
            files.ownBrands() == null
                ? List.of()
                : read(files.ownBrands(), f -> OwnBrandReader.read(f, false, p -> {})),
            files.referencePrices() == null
                ? List.of()
                : read(files.referencePrices(), f -> ReferencePriceReader.read(f, false, p -> {})),
            today);
    CatalogueProfile profile = CatalogueProfile.EMPTY;
    if (catalogue != null) {
      try {
        profile =
            CatalogueProfile.Builder.readFrom(
                    new DataInputStream(new ByteArrayInputStream(catalogue.value())))
                .build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Prepared(
        new Screener(index, context, new Thresholds(reviewThreshold, blockThreshold), profile),
        context);
  }

  private interface FileReader<T> {
    List<T> read(Path file);
  }

  /** The engine's readers take a file, so the broadcast bytes are written to one first. */
  private static <T> List<T> read(byte[] bytes, FileReader<T> reader) {
    try {
      Path temp = Files.createTempFile("clearmark-seller-", ".csv");
      try {
        Files.write(temp, bytes);
        return reader.read(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <V> void evict(Map<String, V> map) {
    var it = map.keySet().iterator();
    while (map.size() > KEPT && it.hasNext()) {
      it.next();
      it.remove();
    }
  }
}
