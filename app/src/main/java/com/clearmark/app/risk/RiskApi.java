package com.clearmark.app.risk;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController
@Tag(name = "Appeals", description = "Document checks on an appeal, and proof-of-source coverage")
class RiskApi {

  private final ListingsAtRisk listings;
  private final Clock clock;

  RiskApi(ListingsAtRisk listings, Clock clock) {
    this.listings = listings;
    this.clock = clock;
  }

  @GetMapping("/api/v1/at-risk")
  @Operation(
      summary = "Listings and brands that would lose an appeal if a complaint arrived today",
      description =
          "Every listing whose screening found it sells another company's brand, judged with"
              + " today's date by the appeal's checks: a valid authorization covering it, or"
              + " invoices of the last 365 days covering its sales, from a supplier with full"
              + " contact details, attached as accepted files. At-risk listings come first, each"
              + " with the reasons.")
  ListingsAtRisk.Report atRisk(Caller caller) {
    return listings.report(caller, Timestamps.today(clock));
  }
}
