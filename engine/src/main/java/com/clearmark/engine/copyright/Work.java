package com.clearmark.engine.copyright;

import java.util.Objects;

/**
 * A protected work a listing must not copy: a product photo, packaging art, a logo, an
 * illustration, or a text such as a brand's own listing copy.
 *
 * @param id the work's id in its register, stable across runs; findings carry it as their
 *     registration so a report can show the work next to the copy
 * @param title a short name a person recognises ("Trail bottle, front photo")
 * @param owner who holds the copyright
 */
public record Work(long id, WorkKind kind, String title, String owner, String description) {

  public Work {
    Objects.requireNonNull(kind, "kind");
    title = Objects.requireNonNull(title, "title").strip();
    if (title.isEmpty()) {
      throw new IllegalArgumentException("a work needs a title");
    }
    owner = owner == null ? "" : owner.strip();
    description = description == null ? "" : description.strip();
  }

  public boolean isImage() {
    return kind != WorkKind.TEXT;
  }
}
