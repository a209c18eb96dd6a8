package com.clearmark.app;

import com.clearmark.engine.screening.Thresholds;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Clearmark's own settings, under {@code clearmark.*}; documented in {@code docs/configuration.md}.
 *
 * @param home the folder for the embedded database and uploaded files
 * @param maxImportRows the most rows one import may hold
 * @param reviewThreshold the score from which a listing goes to review; by default the engine's
 *     ({@link Thresholds#DEFAULT}), the one place the default figures are written
 * @param blockThreshold the score from which a listing is blocked; by default the engine's
 * @param demo whether to load the demo organization at start-up
 * @param complaintResponseDays days a complaint gives to respond, counted from the notice
 */
@ConfigurationProperties("clearmark")
public record ClearmarkProperties(
    Path home,
    long maxImportRows,
    int reviewThreshold,
    int blockThreshold,
    boolean demo,
    int complaintResponseDays) {

  public ClearmarkProperties {
    if (home == null) {
      home = Path.of("data");
    }
    if (maxImportRows <= 0) {
      maxImportRows = 200_000;
    }
    if (reviewThreshold <= 0) {
      reviewThreshold = Thresholds.DEFAULT.review();
    }
    if (blockThreshold <= 0) {
      blockThreshold = Thresholds.DEFAULT.block();
    }
    if (complaintResponseDays <= 0) {
      complaintResponseDays = 7;
    }
  }

  public Path uploads() {
    return home.resolve("uploads");
  }
}
