package com.clearmark.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Screens one partition's listings through its executor's screener, lazily: a row is screened when
 * the writer asks for it, so a partition of any size runs in constant memory.
 */
final class ScreenPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final ScreeningSetup setup;
  private final String indexVersion;
  private final String settings;
  private final String runDate;

  ScreenPartition(ScreeningSetup setup, String indexVersion, String settings, String runDate) {
    this.setup = setup;
    this.indexVersion = indexVersion;
    this.settings = settings;
    this.runDate = runDate;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    var prepared = setup.prepared();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        var result = prepared.screener().screen(ListingRows.listing(r));
        return ResultRows.of(
            result,
            prepared.seller(),
            r.getString(0),
            r.getString(r.fieldIndex("content_hash")),
            indexVersion,
            settings,
            runDate);
      }
    };
  }
}
