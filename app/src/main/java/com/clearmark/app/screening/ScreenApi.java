package com.clearmark.app.screening;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController
@Tag(name = "Screening", description = "Check a listing before it is published")
class ScreenApi {

  private final ScreeningService screening;

  ScreenApi(ScreeningService screening) {
    this.screening = screening;
  }

  /** The verdict on one listing, against the caller's registry. */
  record Verdict(String decision, int score, long registryVersion, List<ListingFinding> findings) {}

  @PostMapping("/api/v1/screen")
  @Operation(
      summary = "Screen one listing without storing it",
      description =
          "Answers in milliseconds with the decision, score and evidence, so a listing tool can"
              + " call it before publishing. Nothing is stored.")
  Verdict screen(Caller caller, @Valid @RequestBody ListingInput listing) {
    if (listing == null) {
      throw new InvalidInputException("body", "send one listing as JSON");
    }
    // Every field is checked against its limit before any screening work is done.
    var parsed = listing.toListing();
    var outcome = screening.check(caller.organizationId(), parsed);
    return new Verdict(
        outcome.decision().name(),
        outcome.score(),
        outcome.registryVersion(),
        outcome.findings().stream().map(ListingFinding::of).toList());
  }
}
