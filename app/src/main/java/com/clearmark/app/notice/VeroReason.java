package com.clearmark.app.notice;

/**
 * The reason given for one item of an eBay VeRO Notice of Claimed Infringement. The form groups its
 * reasons by right: for a trademark, the item is a counterfeit or the listing uses the mark
 * unlawfully; for a copyright, the item itself is an unlawful copy (software, film, music, a
 * replica of a work) or the listing copies the owner's text or images; and a patent the item
 * infringes. Stored per item by name, at most 16 letters.
 */
public enum VeroReason {
  TM_COUNTERFEIT,
  TM_UNLAWFUL_USE,
  CR_UNLAWFUL_COPY,
  CR_TEXT,
  CR_IMAGE,
  PATENT;

  /** The reason a case raised by this screening rule is reported under. */
  static VeroReason ofRule(String rule) {
    return switch (IpType.ofRule(rule)) {
      case COUNTERFEIT -> TM_COUNTERFEIT;
      case COPYRIGHT -> CR_UNLAWFUL_COPY;
      case PATENT -> PATENT;
      case TRADEMARK -> TM_UNLAWFUL_USE;
    };
  }

  IpType right() {
    return switch (this) {
      case TM_COUNTERFEIT -> IpType.COUNTERFEIT;
      case TM_UNLAWFUL_USE -> IpType.TRADEMARK;
      case CR_UNLAWFUL_COPY, CR_TEXT, CR_IMAGE -> IpType.COPYRIGHT;
      case PATENT -> IpType.PATENT;
    };
  }
}
