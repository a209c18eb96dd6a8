package com.clearmark.spark;

import com.clearmark.engine.screening.CatalogueProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first pass over a catalogue, as the CLI makes it, spread over the partitions: each learns a
 * {@link CatalogueProfile.Builder} from its listings, and the builders are merged pairwise up a
 * tree ({@code treeReduce}) rather than all on the driver. Learning is order-free (see {@link
 * CatalogueProfile.Builder#merge}), so the merged profile is the one a single pass learns.
 */
final class CatalogueLearning {

  /** Tree depth: with thousands of partitions the driver merges only a few dozen parts. */
  private static final int DEPTH = 3;

  private CatalogueLearning() {}

  /** The learned profile's state, as {@link CatalogueProfile.Builder#writeTo} writes it. */
  static byte[] learn(Dataset<Row> listings) {
    JavaRDD<byte[]> parts = listings.javaRDD().mapPartitions(CatalogueLearning::learnPart);
    return parts.treeReduce(CatalogueLearning::merge, DEPTH);
  }

  private static Iterator<byte[]> learnPart(Iterator<Row> rows) {
    var builder = CatalogueProfile.builder();
    while (rows.hasNext()) {
      builder.add(ListingRows.listing(rows.next()));
    }
    return List.of(bytes(builder)).iterator();
  }

  private static byte[] merge(byte[] a, byte[] b) {
    return bytes(read(a).merge(read(b)));
  }

  private static byte[] bytes(CatalogueProfile.Builder builder) {
    try {
      var out = new ByteArrayOutputStream();
      var data = new DataOutputStream(out);
      builder.writeTo(data);
      data.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CatalogueProfile.Builder read(byte[] bytes) {
    try {
      return CatalogueProfile.Builder.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
