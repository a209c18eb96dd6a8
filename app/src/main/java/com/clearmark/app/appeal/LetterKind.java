package com.clearmark.app.appeal;

import com.clearmark.app.shared.NotFoundException;

/** The letters of an appeal, each with the file name it downloads as. */
enum LetterKind {
  PLAN_OF_ACTION("plan-of-action"),
  RETRACTION_REQUEST("retraction-request");

  private final String slug;

  LetterKind(String slug) {
    this.slug = slug;
  }

  /**
   * The name in the letter's address and files, as in {@code plan-of-action.docx}; public because
   * the complaint page's template calls it.
   */
  public String slug() {
    return slug;
  }

  static LetterKind ofSlug(String slug) {
    for (LetterKind k : values()) {
      if (k.slug.equals(slug)) {
        return k;
      }
    }
    throw new NotFoundException("There is no appeal letter called " + slug + ".");
  }
}
