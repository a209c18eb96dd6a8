package com.clearmark.app.copyright;

import com.clearmark.engine.copyright.Work;
import com.clearmark.engine.copyright.WorkKind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Objects;

/**
 * A protected work in an organization's register.
 *
 * @param text the text of a text work; empty for an image work
 * @param image the image of an image work; null for a text work
 * @param revision how many corrections it has had, to write the next over the one read
 */
record RegisteredWork(
    long id,
    WorkKind kind,
    String title,
    String owner,
    String description,
    String text,
    StoredImage image,
    long revision,
    Instant createdAt,
    Instant updatedAt) {

  RegisteredWork {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    owner = owner == null ? "" : owner;
    description = description == null ? "" : description;
    text = text == null ? "" : text;
  }

  /** The work as the engine's checks name it in their findings. */
  Work toEngine() {
    return new Work(id, kind, title, owner, description);
  }

  @JsonIgnore
  boolean isImage() {
    return kind != WorkKind.TEXT;
  }
}
