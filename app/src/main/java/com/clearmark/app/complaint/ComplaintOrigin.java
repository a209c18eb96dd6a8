package com.clearmark.app.complaint;

/** Who raised the complaint. */
public enum ComplaintOrigin {
  /** A rights owner filed it. */
  RECEIVED,
  /** The marketplace raised it itself (a suspected violation). */
  SUSPECTED
}
