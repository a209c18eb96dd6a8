package com.clearmark.cli;

import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ScreeningResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One JSON object per listing, the stable contract documented in the README: {@code id, sku, asin,
 * decision, score, findings[rule, category, severity, mark, registration, owner, field, start, end,
 * text, explanation]}. Nothing else is written, so the output can be piped as is.
 */
final class JsonlReport implements Report {

  private final Writer out;
  private final JsonGenerator json;

  JsonlReport(Writer out) {
    this.out = out;
    try {
      this.json =
          JsonFactory.builder()
              .build()
              .createGenerator(out)
              .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json.setRootValueSeparator(null);
  }

  @Override
  public void begin(Summary summary) {}

  @Override
  public void write(ScreeningResult r) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", r.id());
    json.writeStringField("sku", r.listing().sku());
    json.writeStringField("asin", r.listing().asin());
    json.writeStringField("decision", r.decision().name());
    json.writeNumberField("score", r.score());
    json.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      json.writeStartObject();
      json.writeStringField("rule", f.rule().name());
      json.writeStringField("category", f.category().name());
      json.writeStringField("severity", f.severity().name());
      json.writeStringField("mark", f.mark());
      json.writeStringField("registration", f.registration());
      json.writeStringField("owner", f.owner());
      json.writeStringField("field", f.field());
      json.writeNumberField("start", f.start());
      json.writeNumberField("end", f.end());
      json.writeStringField("text", f.text());
      json.writeStringField("explanation", f.explanation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.flush();
  }
}
