package com.clearmark.engine.io;

import com.clearmark.engine.listing.Listing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes listings as a tab-separated category flat file ({@link ListingFormat#CATEGORY_FLAT_FILE}),
 * the layout a seller uploads to Seller Central and {@link ListingReader} reads back.
 *
 * <p>Three rows come before the products, as in a category template: a row of template metadata, a
 * row of labels a seller reads, and the row of attribute names Seller Central maps. A field that
 * holds a tab, a line break or a double quote is written in double quotes with its quotes doubled,
 * so that no value can shift a column or start a row. The template has five bullet columns: bullets
 * past the fifth are joined to the fifth with a space. Marketplace is not a column of the template
 * and is not written. Every row asks for a partial update ({@code update_delete} is {@code
 * PartialUpdate}): the file carries only the text Clearmark screens, and a full update would clear
 * the listing's other attributes (images, sizes, prices in other currencies).
 */
public final class FlatFileWriter {

  private static final int BULLETS = 5;

  /** Changes only the columns the file has, leaving the listing's other attributes as they are. */
  static final String PARTIAL_UPDATE = "PartialUpdate";

  private static final List<String> METADATA =
      List.of(
          "TemplateType=fptcustom",
          "Version=2024.0115",
          "Listings corrected in Clearmark. Product rows start at row 4.");

  private static final List<String> LABELS =
      List.of(
          "Product Type",
          "Seller SKU",
          "Brand Name",
          "Item Name",
          "Product ID",
          "Product ID Type",
          "Standard Price",
          "Currency",
          "Product Description",
          "Key Product Features",
          "Key Product Features",
          "Key Product Features",
          "Key Product Features",
          "Key Product Features",
          "Search Terms",
          "Update Delete");

  private static final List<String> ATTRIBUTES =
      List.of(
          "feed_product_type",
          "item_sku",
          "brand_name",
          "item_name",
          "external_product_id",
          "external_product_id_type",
          "standard_price",
          "currency",
          "product_description",
          "bullet_point1",
          "bullet_point2",
          "bullet_point3",
          "bullet_point4",
          "bullet_point5",
          "generic_keywords",
          "update_delete");

  private FlatFileWriter() {}

  /** Writes the header rows and one row per listing; does not close {@code out}. */
  public static void write(Iterable<Listing> listings, Writer out) throws IOException {
    row(out, METADATA);
    row(out, LABELS);
    row(out, ATTRIBUTES);
    for (Listing l : listings) {
      String[] bullets = new String[BULLETS];
      List<String> given = l.bulletPoints();
      for (int i = 0; i < BULLETS; i++) {
        if (i < given.size()) {
          bullets[i] =
              i == BULLETS - 1 && given.size() > BULLETS
                  ? String.join(" ", given.subList(i, given.size()))
                  : given.get(i);
        } else {
          bullets[i] = "";
        }
      }
      row(
          out,
          List.of(
              l.category(),
              l.sku(),
              l.brand(),
              l.title(),
              l.asin(),
              l.asin().isEmpty() ? "" : "ASIN",
              l.price() == null ? "" : l.price().toPlainString(),
              l.currency(),
              l.description(),
              bullets[0],
              bullets[1],
              bullets[2],
              bullets[3],
              bullets[4],
              l.searchTerms(),
              PARTIAL_UPDATE));
    }
    out.flush();
  }

  /** Writes the flat file to {@code file} in UTF-8, replacing what it held. */
  public static void write(Iterable<Listing> listings, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(listings, out);
    }
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      cell(out, cells.get(i));
    }
    out.write('\n');
  }

  private static void cell(Writer out, String value) throws IOException {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == '\t' || c == '\n' || c == '\r' || c == '"';
    }
    if (!quote) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }
}
