package com.clearmark.engine.patent;

/** The kind of US patent, which decides the term rules that apply to it. */
public enum PatentType {
  UTILITY,
  DESIGN,
  PLANT,
  REISSUE
}
