package com.clearmark.spark;

import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Listings as Spark rows, read once and carried between the job's stages: the canonical fields,
 * where each came from, its content hash, or the problem that kept a row out.
 *
 * <p>A row is either a listing ({@code problem} null) or a problem: a malformed row (its file,
 * line, field and message) or a whole file refused ({@link #REFUSED_FILE}). The conversion back to
 * a {@link Listing} is exact, so the executor screens the very listing the engine's reader built.
 */
final class ListingRows {

  static final StructType SCHEMA =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("row", DataTypes.LongType, false)
          .add("line", DataTypes.LongType, false)
          .add("sku", DataTypes.StringType)
          .add("asin", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("brand", DataTypes.StringType)
          .add("bullet_points", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("description", DataTypes.StringType)
          .add("search_terms", DataTypes.StringType)
          .add("price", DataTypes.StringType)
          .add("currency", DataTypes.StringType)
          .add("category", DataTypes.StringType)
          .add("marketplace", DataTypes.StringType)
          .add("images", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("content_hash", DataTypes.StringType)
          .add("problem_field", DataTypes.StringType)
          .add("problem", DataTypes.StringType);

  private ListingRows() {}

  static Row of(String source, Listing l) {
    return RowFactory.create(
        source,
        l.row(),
        l.line(),
        l.sku(),
        l.asin(),
        l.title(),
        l.brand(),
        array(l.bulletPoints()),
        l.description(),
        l.searchTerms(),
        l.price() == null ? null : l.price().toPlainString(),
        l.currency(),
        l.category(),
        l.marketplace(),
        array(l.images()),
        contentHash(l),
        null,
        null);
  }

  /** The {@code row} of a problem row that stands for a whole file refused. */
  static final long REFUSED_FILE = -1;

  /** A malformed row: skipped, reported and written to {@code problems/}. */
  static Row problem(String source, InputProblem p) {
    return problem(source, 0L, p);
  }

  /** A file the engine refused whole; the driver stops the run on it. */
  static Row refusedFile(String source, InputProblem p) {
    return problem(source, REFUSED_FILE, p);
  }

  private static Row problem(String source, long row, InputProblem p) {
    return RowFactory.create(
        source,
        row,
        p.line(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        p.field() == null ? "" : p.field(),
        p.message());
  }

  /** The listing a row holds; the inverse of {@link #of}. */
  static Listing listing(Row r) {
    String price = r.getString(10);
    return new Listing(
        r.getLong(1),
        r.getLong(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        r.getList(7),
        r.getString(8),
        r.getString(9),
        price == null ? null : new BigDecimal(price),
        r.getString(11),
        r.getString(12),
        r.getString(13),
        r.getList(14));
  }

  private static Object array(List<String> values) {
    return CollectionConverters.asScala(values).toSeq();
  }

  /**
   * A hash of what screening reads of a listing, its position left out: SHA-256 over every field,
   * each prefixed by its length so that no two listings share an encoding, as 32 hex digits. A
   * listing that moves within its file or to another file keeps its hash; any edit changes it.
   */
  static String contentHash(Listing l) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    field(sha, l.sku());
    field(sha, l.asin());
    field(sha, l.title());
    field(sha, l.brand());
    sha.update((byte) l.bulletPoints().size());
    for (String b : l.bulletPoints()) {
      field(sha, b);
    }
    field(sha, l.description());
    field(sha, l.searchTerms());
    field(sha, l.price() == null ? "" : l.price().toPlainString());
    field(sha, l.currency());
    field(sha, l.category());
    field(sha, l.marketplace());
    sha.update((byte) l.images().size());
    for (String i : l.images()) {
      field(sha, i);
    }
    byte[] digest = sha.digest();
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private static void field(MessageDigest sha, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int n = b.length;
    sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    sha.update(b);
  }

  /** A Parquet row's values by canonical column name, lists as Java lists. */
  static java.util.function.Function<String, Object> values(Row r) {
    var byName = new HashMap<String, Object>();
    for (String column : r.schema().fieldNames()) {
      Object v = r.get(r.fieldIndex(column));
      if (v instanceof scala.collection.Seq<?> seq) {
        v = CollectionConverters.asJava(seq);
      } else if (v instanceof BigDecimal d) {
        v = d.toPlainString();
      } else if (v instanceof Number n) {
        v = new BigDecimal(n.toString()).toPlainString();
      } else if (v != null && !(v instanceof String)) {
        v = v.toString();
      }
      byName.put(column, v);
    }
    return byName::get;
  }
}
