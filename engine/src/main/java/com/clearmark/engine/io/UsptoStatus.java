package com.clearmark.engine.io;

import com.clearmark.engine.mark.MarkStatus;

/**
 * Whether a USPTO trademark status code means the mark is dead, following the wording of the
 * USPTO's status descriptions.
 *
 * <p>{@link MarkStatus#DEAD} for:
 *
 * <ul>
 *   <li>400 to 499: the international registration behind a Madrid extension was cancelled;
 *   <li>600 to 614: abandoned (612, a petition to revive, is dead until granted);
 *   <li>618 abandoned backfile, 622 misassigned serial number, 626 backfile registration cancelled
 *       or expired;
 *   <li>710 to 714 and 716: registration cancelled (sections 8, 7, 37, 18, 24; number issued in
 *       error);
 *   <li>900: expired.
 * </ul>
 *
 * <p>{@link MarkStatus#LIVE} for every other code: registered (624, 700 to 705, 717, 800), pending
 * applications (616 revived, 630 to 694, 718 to 794, 801 to 825), 715 cancellation restored to
 * pendency, and codes that are unknown, missing or not numbers, so that a mark is screened rather
 * than missed.
 */
final class UsptoStatus {

  private UsptoStatus() {}

  static MarkStatus of(String code) {
    String text = code == null ? "" : code.strip();
    if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return MarkStatus.LIVE;
    }
    int n = Integer.parseInt(text);
    boolean dead =
        (n >= 400 && n <= 499)
            || (n >= 600 && n <= 614)
            || n == 618
            || n == 622
            || n == 626
            || (n >= 710 && n <= 714)
            || n == 716
            || n == 900;
    return dead ? MarkStatus.DEAD : MarkStatus.LIVE;
  }
}
