package com.clearmark.app.web;

import org.springframework.ui.Model;

/**
 * The page that asks before a record is deleted, for a browser that could not run the button's own
 * confirmation (no JavaScript): what will be deleted, what follows from it, and the form that
 * deletes it for real ({@code confirm=yes}) or goes back.
 *
 * @param question the question as the page asks it, naming the record
 * @param consequence what deleting changes, and what the audit log keeps
 * @param action the address the confirming form posts to
 * @param revision the revision the record was read at, or null for a record without one
 * @param back where "keep it" leads
 */
public record DeleteConfirmation(
    String question, String consequence, String action, Long revision, String back) {

  public static final String VIEW = "fragments/delete-confirm";

  /** Puts the question on the page's model and names the view that shows it. */
  public String askOn(Model model) {
    model.addAttribute("question", question);
    model.addAttribute("consequence", consequence);
    model.addAttribute("action", action);
    if (revision != null) {
      model.addAttribute("revision", revision);
    }
    model.addAttribute("back", back);
    return VIEW;
  }
}
