package com.clearmark.spark;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Edit;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ScreeningResult;
import com.clearmark.engine.screening.Suggestion;
import com.clearmark.engine.screening.Suggestions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Screening results as rows whose first columns are the fields of the CLI's jsonl contract, in its
 * order and with its names ({@code id, sku, asin, decision, score, findings[rule, category,
 * severity, mark, registration, owner, field, start, end, text, explanation, suggestion{summary,
 * edits[field, start, end, replacement, after]}]}), so that {@code to_json} of those columns is a
 * line of {@code clearmark screen --format jsonl}. Then come where the listing was read, its
 * content hash, the registry and settings it was screened under, and the run date.
 */
final class ResultRows {

  static final StructType EDIT =
      new StructType()
          .add("field", DataTypes.StringType)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("replacement", DataTypes.StringType)
          .add("after", DataTypes.StringType);

  static final StructType SUGGESTION =
      new StructType()
          .add("summary", DataTypes.StringType)
          .add("edits", DataTypes.createArrayType(EDIT, false));

  static final StructType FINDING =
      new StructType()
          .add("rule", DataTypes.StringType, false)
          .add("category", DataTypes.StringType, false)
          .add("severity", DataTypes.StringType, false)
          .add("mark", DataTypes.StringType)
          .add("registration", DataTypes.StringType)
          .add("owner", DataTypes.StringType)
          .add("field", DataTypes.StringType)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("text", DataTypes.StringType)
          .add("explanation", DataTypes.StringType)
          .add("suggestion", SUGGESTION);

  /** The jsonl contract's top-level fields, in order. */
  static final List<String> CONTRACT =
      List.of("id", "sku", "asin", "decision", "score", "findings");

  static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("sku", DataTypes.StringType)
          .add("asin", DataTypes.StringType)
          .add("decision", DataTypes.StringType, false)
          .add("score", DataTypes.IntegerType, false)
          .add("findings", DataTypes.createArrayType(FINDING, false), false)
          .add("source", DataTypes.StringType, false)
          .add("row", DataTypes.LongType, false)
          .add("line", DataTypes.LongType, false)
          .add("content_hash", DataTypes.StringType, false)
          .add("index_version", DataTypes.StringType, false)
          .add("settings", DataTypes.StringType, false)
          .add("run_date", DataTypes.StringType, false);

  private ResultRows() {}

  static Row of(
      ScreeningResult r,
      SellerContext seller,
      String source,
      String contentHash,
      String indexVersion,
      String settings,
      String runDate) {
    Listing l = r.listing();
    var findings = new ArrayList<Row>(r.findings().size());
    for (Finding f : r.findings()) {
      findings.add(
          RowFactory.create(
              f.rule().name(),
              f.category().name(),
              f.severity().name(),
              f.mark(),
              f.registration(),
              f.owner(),
              f.field(),
              f.start(),
              f.end(),
              f.text(),
              f.explanation(),
              suggestion(l, Suggestions.forFinding(l, f, seller).orElse(null))));
    }
    return RowFactory.create(
        r.id(),
        l.sku(),
        l.asin(),
        r.decision().name(),
        r.score(),
        seq(findings),
        source,
        l.row(),
        l.line(),
        contentHash,
        indexVersion,
        settings,
        runDate);
  }

  private static Row suggestion(Listing l, Suggestion s) {
    if (s == null) {
      return null;
    }
    var edits = new ArrayList<Row>(s.edits().size());
    for (Edit e : s.edits()) {
      edits.add(
          RowFactory.create(
              e.field(), e.start(), e.end(), e.replacement(), s.textAfter(l, e.field())));
    }
    return RowFactory.create(s.summary(), seq(edits));
  }

  private static Object seq(List<Row> rows) {
    return CollectionConverters.asScala(rows).toSeq();
  }
}
