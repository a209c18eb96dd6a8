package com.clearmark.app.sourcing;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The products a complaint would find without proof: those sold in the last 365 days whose invoices
 * from those days do not cover the units sold, each with the reason in words.
 */
@Service
class CoverageShortfalls {

  private final SourcingService sourcing;
  private final Clock clock;

  CoverageShortfalls(SourcingService sourcing, Clock clock) {
    this.sourcing = sourcing;
    this.clock = clock;
  }

  /** A product whose recorded proof of source falls short of its sales. */
  record Coverage(String asin, long sold, long invoiced, long shortfall, String reason) {}

  /**
   * Every product sold in the last 365 days whose invoices from those days do not cover the units
   * sold. The figures are {@link SourcingService#coverage}'s, so this list and the coverage page
   * always agree.
   */
  List<Coverage> atRisk(Caller caller) {
    return sourcing.coverage(caller, Timestamps.today(clock)).stream()
        .filter(SourcingService.ProductCoverage::atRisk)
        .map(
            c ->
                new Coverage(
                    c.product(),
                    c.sold(),
                    c.invoiced(),
                    c.shortfall(),
                    c.invoiced() == 0
                        ? "No invoice dated within the last 365 days covers "
                            + c.product()
                            + "; "
                            + c.sold()
                            + " units were sold in that time."
                        : "Invoices dated within the last 365 days cover "
                            + c.invoiced()
                            + " of "
                            + c.sold()
                            + " units sold in that time: "
                            + c.shortfall()
                            + " units short."))
        .toList();
  }
}
