package com.clearmark.app.copyright;

/**
 * The work form as typed: the kind by name, the text only for a text work. What is required and the
 * lengths are checked by the service, which names every problem at once.
 */
record WorkEntry(String kind, String title, String owner, String description, String text) {

  static WorkEntry blank() {
    return new WorkEntry("PHOTO", "", "", "", "");
  }

  static WorkEntry of(RegisteredWork w) {
    return new WorkEntry(w.kind().name(), w.title(), w.owner(), w.description(), w.text());
  }

  WorkService.WorkForm toForm() {
    return new WorkService.WorkForm(WorkService.kindNamed(kind), title, owner, description, text);
  }
}
