package com.clearmark.app.dashboard;

import java.util.List;

/**
 * The first steps of a new organization, each ticked once done, shown on the dashboard until all
 * are.
 */
record GettingStarted(List<Step> steps) {

  record Step(String title, String why, String href, String action, boolean done) {}

  GettingStarted {
    steps = List.copyOf(steps);
  }

  public boolean finished() {
    return steps.stream().allMatch(Step::done);
  }

  public long done() {
    return steps.stream().filter(Step::done).count();
  }

  static GettingStarted of(
      long registryEntries,
      long listings,
      boolean suppliers,
      boolean invoices,
      boolean notifications) {
    return new GettingStarted(
        List.of(
            new Step(
                "Add the marks you must not infringe",
                "Screening compares every listing with the marks in your registry, and your own"
                    + " brands keep your goods from being flagged.",
                "/registry",
                "Open the registry",
                registryEntries > 0),
            new Step(
                "Import your catalogue",
                "Upload an All Listings report or a category flat file; every listing is screened"
                    + " as it is read.",
                "/imports",
                "Import a catalogue",
                listings > 0),
            new Step(
                "Add your suppliers",
                "An appeal needs invoices from a supplier the marketplace can contact.",
                "/suppliers",
                "Add a supplier",
                suppliers),
            new Step(
                "Upload your invoices",
                "Invoices are your proof of source: they show where a resold brand came from.",
                "/invoices",
                "Add an invoice",
                invoices),
            new Step(
                "Set up notifications",
                "Hear of a complaint, a deadline or a blocked listing by email or webhook.",
                "/settings/notifications",
                "Choose where they go",
                notifications)));
  }
}
