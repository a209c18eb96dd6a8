package com.clearmark.engine.io;

import com.clearmark.engine.listing.Listing;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Listings from JSON lines: one object per line with the canonical field names ({@code sku, asin,
 * title, brand, bullet_points, description, search_terms, price, currency, category, marketplace,
 * images}). {@code bullet_points} and {@code images} are lists of strings or one string with {@code
 * |} between items; {@code price} is a number or a numeric string. Other keys are ignored.
 */
final class JsonListings implements ListingSource {
  private static final JsonFactory JSON = new JsonFactory();

  private final InputFile file;
  private final BufferedReader lines;
  private final Problems problems;
  private long line;
  private long rows;

  JsonListings(InputFile file, Reader text, Problems problems) {
    this.file = file;
    this.lines = new BufferedReader(text, 1 << 16);
    this.problems = problems;
  }

  @Override
  public Listing next() {
    while (true) {
      String text;
      try {
        text = lines.readLine();
      } catch (IOException e) {
        throw file.failure(line + 1, e);
      }
      if (text == null) {
        return null;
      }
      line++;
      if (text.isBlank()) {
        continue;
      }
      rows++;
      try {
        return ListingSource.identified(parse(text), "title");
      } catch (InvalidValue e) {
        problems.report(file.problem(line, e.field(), e.getMessage()));
      }
    }
  }

  private Listing parse(String text) {
    Listing.Builder listing = Listing.builder().row(rows).line(line);
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidValue("", "the line is not a JSON object; write one {...} per line");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName().toLowerCase(Locale.ROOT);
        parser.nextToken();
        switch (key) {
          case "sku" -> listing.sku(text(parser, key));
          case "asin" -> listing.asin(text(parser, key));
          case "title" -> listing.title(text(parser, key));
          case "brand" -> listing.brand(text(parser, key));
          case "bullet_points" -> listing.bulletPoints(bullets(parser, key));
          case "description" -> listing.description(text(parser, key));
          case "search_terms" -> listing.searchTerms(text(parser, key));
          case "price" -> listing.price(price(parser, key));
          case "currency" -> listing.currency(text(parser, key));
          case "category" -> listing.category(text(parser, key));
          case "marketplace" -> listing.marketplace(text(parser, key));
          case "images" -> listing.images(images(parser, key));
          default -> parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw new InvalidValue(
            "", "there is more on the line after the JSON object; write one object per line");
      }
    } catch (JsonProcessingException e) {
      throw new InvalidValue("", "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidValue("", "invalid JSON: " + e.getMessage());
    }
    return listing.build();
  }

  private static String text(JsonParser parser, String key) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return "";
    }
    if (token.isScalarValue()) {
      try {
        return parser.getText();
      } catch (IOException e) {
        throw new InvalidValue(key, "invalid JSON: " + e.getMessage());
      }
    }
    throw new InvalidValue(key, "expected text but found " + describe(token));
  }

  private static List<String> bullets(JsonParser parser, String key) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return Arrays.asList(parser.getText().split("\\|"));
    }
    if (token == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (token != JsonToken.START_ARRAY) {
      throw new InvalidValue(key, "expected a list of strings but found " + describe(token));
    }
    List<String> bullets = new ArrayList<>();
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      if (!token.isScalarValue()) {
        throw new InvalidValue(key, "expected a list of strings but it holds " + describe(token));
      }
      bullets.add(parser.getText());
    }
    return bullets;
  }

  /** A list of strings, or one string with {@code |} between names, as bullets are. */
  private static List<String> images(JsonParser parser, String key) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return ImageNames.ofCell(parser.getText());
    }
    if (token == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (token != JsonToken.START_ARRAY) {
      throw new InvalidValue(key, "expected a list of image names but found " + describe(token));
    }
    List<String> names = new ArrayList<>();
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      if (token != JsonToken.VALUE_STRING) {
        throw new InvalidValue(key, "expected image names but the list holds " + describe(token));
      }
      ImageNames.add(names, parser.getText());
    }
    return names;
  }

  private static BigDecimal price(JsonParser parser, String key) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> Prices.parseNonNegative(key, parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          Prices.nonNegative(key, parser.getDecimalValue());
      default -> throw new InvalidValue(key, "expected a number but found " + describe(token));
    };
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
