package com.clearmark.app.notice;

/** Where on a listing the infringement appears, as Amazon's Report Infringement form asks. */
public enum Appearance {
  TITLE,
  IMAGES,
  PRODUCT,
  LISTING_DETAIL
}
