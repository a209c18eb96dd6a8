package com.clearmark.app.notice;

/**
 * One case a notice covers: the listing as identified when the notice was drafted (ASIN or item
 * number, and its URL) and, for eBay, the reason code given for it.
 */
public record NoticeItem(long caseId, String listingId, String url, String reasonCode) {

  public NoticeItem {
    listingId = listingId == null ? "" : listingId.strip();
    url = url == null ? "" : url.strip();
    reasonCode = reasonCode == null ? "" : reasonCode.strip();
  }

  NoticeItem withReason(String code) {
    return new NoticeItem(caseId, listingId, url, code);
  }
}
