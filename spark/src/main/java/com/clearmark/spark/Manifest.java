package com.clearmark.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code run.json}: what a run read, under which registry and settings, and what it found. Its
 * presence marks a complete run; {@code --previous} refuses a folder without one.
 */
final class Manifest {

  private Manifest() {}

  static void write(FileSystem fs, Path file, JobOptions o, RunSummary run) throws IOException {
    try (var out = new OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8);
        JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("run_date", run.runDate().toString());
      json.writeArrayFieldStart("listings_paths");
      for (String p : o.listings()) {
        json.writeString(p);
      }
      json.writeEndArray();
      json.writeStringField("index", o.index().toString());
      json.writeStringField("index_version", run.indexVersion());
      json.writeStringField("settings", run.settings());
      json.writeStringField("previous", o.previous());
      json.writeStringField("today", o.today().toString());
      json.writeNumberField("review_threshold", o.reviewThreshold());
      json.writeNumberField("block_threshold", o.blockThreshold());
      json.writeBooleanField("catalogue", o.learnCatalogue());
      json.writeNumberField("listings", run.listings());
      json.writeNumberField("screened", run.screened());
      json.writeNumberField("reused", run.listings() - run.screened());
      json.writeNumberField("problems", run.problems());
      json.writeObjectFieldStart("decisions");
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(run.decisions()).entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
  }
}
