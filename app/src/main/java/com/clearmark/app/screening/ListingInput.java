package com.clearmark.app.screening;

import com.clearmark.app.shared.Amounts;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.engine.listing.Listing;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** One listing as sent to the API, in the fields of Amazon's listing reports. */
@Schema(
    description =
        "A marketplace listing; only the title is required to screen. A field longer than its"
            + " maxLength is refused with 400, never cut.")
public record ListingInput(
    @Schema(example = "SKU-1001", maxLength = FieldLimits.SKU) String sku,
    @Schema(example = "B0C1234567", maxLength = FieldLimits.ASIN) String asin,
    @Schema(example = "Wireless earbuds with charging case", maxLength = FieldLimits.TITLE)
        String title,
    @Schema(example = "Northwind", maxLength = FieldLimits.BRAND) String brand,
    @Schema(description = "At most " + FieldLimits.BULLET_POINTS + " characters in all")
        List<String> bulletPoints,
    @Schema(maxLength = FieldLimits.DESCRIPTION) String description,
    @Schema(maxLength = FieldLimits.SEARCH_TERMS) String searchTerms,
    @Schema(example = "24.99") BigDecimal price,
    @Schema(example = "USD", maxLength = FieldLimits.CURRENCY) String currency,
    @Schema(example = "Electronics", maxLength = FieldLimits.CATEGORY) String category,
    @Schema(example = "US", maxLength = FieldLimits.MARKETPLACE) String marketplace) {

  public ListingInput {
    // A null among the bullet points (JSON null) is an empty one, not a failure.
    bulletPoints =
        bulletPoints == null
            ? List.of()
            : bulletPoints.stream().map(b -> b == null ? "" : b).toList();
  }

  /**
   * The listing for the engine, checked against the limits of every field.
   *
   * @throws InvalidInputException naming each field that is over its limit, and the price when it
   *     is not one a listing can have: an exponent like 1E-999999999 would otherwise cost the
   *     engine a string of that many digits
   */
  public Listing toListing() {
    if (price != null && !Amounts.fits(price, 4)) {
      throw new InvalidInputException(
          "price", "a price has at most 12 digits before the point and 4 after, like 19.99");
    }
    if (price != null && price.signum() < 0) {
      throw new InvalidInputException(
          "price", "a price must not be negative, got " + price.toEngineeringString());
    }
    var listing =
        Listing.builder()
            .row(1)
            .line(1)
            .sku(sku)
            .asin(asin)
            .title(title)
            .brand(brand)
            .bulletPoints(bulletPoints)
            .description(description)
            .searchTerms(searchTerms)
            .price(price)
            .currency(currency)
            .category(category)
            .marketplace(marketplace)
            .build();
    var problems = ListingLimits.apiProblems(listing);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "The listing has fields longer than the service accepts; nothing was screened.",
          problems);
    }
    return listing;
  }
}
