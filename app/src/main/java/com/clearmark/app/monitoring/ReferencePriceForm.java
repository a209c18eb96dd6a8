package com.clearmark.app.monitoring;

import com.clearmark.app.shared.Amounts;
import com.clearmark.app.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Locale;

/** The form adding a reference price: the brand's usual price for a mark (and product). */
public record ReferencePriceForm(String brand, String product, BigDecimal price, String currency) {

  void check() {
    AuthorizedSellerForm.bounded("brand", brand, 500, true);
    AuthorizedSellerForm.bounded("product", product, 500, false);
    if (price == null || price.signum() <= 0) {
      throw new InvalidInputException("price", "give a price above zero");
    }
    if (price.scale() > 2 || price.precision() - price.scale() > Amounts.WHOLE_DIGITS) {
      throw new InvalidInputException("price", "at most 999999999999.99, two decimals");
    }
    if (currency == null || !currency.strip().matches("[A-Za-z]{3}")) {
      throw new InvalidInputException("currency", "three letters such as USD");
    }
  }

  String currencyCode() {
    return currency.strip().toUpperCase(Locale.ROOT);
  }
}
