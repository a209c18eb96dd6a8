package com.clearmark.app.notice;

/** How a notice went to the marketplace. */
public enum SendChannel {
  PORTAL_PASTE,
  PDF,
  CSV_UPLOAD,
  EMAIL
}
