package com.clearmark.engine.copyright;

/** What a registered work is. */
public enum WorkKind {
  PHOTO,
  PACKAGING,
  LOGO,
  ILLUSTRATION,
  TEXT
}
