package com.clearmark.cli;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Edit;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ScreeningResult;
import com.clearmark.engine.screening.Suggestion;
import com.clearmark.engine.screening.Suggestions;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One JSON object per listing, the stable contract documented in the README: {@code id, sku, asin,
 * decision, score, findings[rule, category, severity, mark, registration, owner, field, start, end,
 * text, explanation, suggestion]}, where {@code suggestion} is null or {@code {summary,
 * edits[field, start, end, replacement, after]}} and {@code after} is the edited field's whole text
 * once the suggestion is applied. Nothing else is written, so the output can be piped as is.
 */
final class JsonlReport implements Report {

  private final Writer out;
  private final JsonGenerator json;
  private final SellerContext seller;

  JsonlReport(Writer out, SellerContext seller) {
    this.out = out;
    this.seller = seller;
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
      writeSuggestion(r.listing(), Suggestions.forFinding(r.listing(), f, seller).orElse(null));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  private void writeSuggestion(Listing listing, Suggestion s) throws IOException {
    if (s == null) {
      json.writeNullField("suggestion");
      return;
    }
    json.writeObjectFieldStart("suggestion");
    json.writeStringField("summary", s.summary());
    json.writeArrayFieldStart("edits");
    for (Edit e : s.edits()) {
      json.writeStartObject();
      json.writeStringField("field", e.field());
      json.writeNumberField("start", e.start());
      json.writeNumberField("end", e.end());
      json.writeStringField("replacement", e.replacement());
      json.writeStringField("after", s.textAfter(listing, e.field()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.flush();
  }
}
