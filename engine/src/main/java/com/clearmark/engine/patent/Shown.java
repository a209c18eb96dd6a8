package com.clearmark.engine.patent;

/** What a listing's text says about one claim element. */
public enum Shown {
  /** The text states the element's key content: its head noun with its modifiers. */
  SHOWN,
  /** The element names an observable feature that the text never mentions. */
  NOT_SHOWN,
  /**
   * Text cannot show it: an internal mechanism or connection, a range or dimension the listing does
   * not state, functional language naming no feature, or a method step.
   */
  CANNOT_JUDGE
}
