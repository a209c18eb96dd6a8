package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Corrects a third-party mark used as if it named the maker ({@link Rule#TM_EXACT}).
 *
 * <ul>
 *   <li>In a comparison ("like Nike", "vs Rolex", "better than Dove") the comparing word and the
 *       mark are removed: comparative advertising is not something a listing can safely do.
 *   <li>In the title or a bullet of goods that work with the mark's goods (the field names an
 *       accessory or part: charger, case, strap, replacement...), the mark is moved into a
 *       compatibility statement at the end of the field ("Apple Charger 20W" becomes "Charger 20W,
 *       compatible with Apple"), and the description gains a non-affiliation line naming the mark's
 *       owner, unless it already has it. Naming what the goods fit is a nominative use of the mark.
 *   <li>Otherwise (a mark on goods that do not work with anything, or in running text) the mark is
 *       removed.
 * </ul>
 */
final class CompatibilityStatement implements CorrectionPolicy {

  private static final Set<String> COMPARING =
      Set.of("like", "vs", "versus", "than", "as", "similar", "alternative", "comparable", "to");

  /** Words that introduce a name and mean nothing once it is gone. */
  private static final Set<String> INTRODUCING =
      Set.of(
          "featuring", "feat", "ft", "by", "from", "starring", "official", "genuine", "original");

  /** Words after a removed name that show the introducing word would be left dangling. */
  private static final Set<String> FOLLOWING =
      Set.of("for", "to", "in", "on", "at", "and", "or", "with", "of");

  private static final Set<String> ACCESSORY =
      Set.of(
          "accessory",
          "accessories",
          "adapter",
          "adaptor",
          "band",
          "bands",
          "cable",
          "cables",
          "case",
          "cases",
          "charger",
          "chargers",
          "charging",
          "compatible",
          "cover",
          "covers",
          "dock",
          "filter",
          "filters",
          "holder",
          "keyboard",
          "lens",
          "mount",
          "part",
          "parts",
          "protector",
          "refill",
          "refills",
          "remote",
          "replacement",
          "screen",
          "skin",
          "spare",
          "stand",
          "strap",
          "straps",
          "stylus",
          "sleeve",
          "tips",
          "battery",
          "batteries",
          "cord",
          "charge",
          "wireless",
          "usb",
          "pencil",
          "controller",
          "nib",
          "cartridge",
          "cartridges");

  @Override
  public Optional<Suggestion> suggest(
      Listing listing, Finding f, String text, SellerContext context) {
    int end = Wording.possessiveEnd(text, f.end());
    int[] before = Wording.wordBefore(text, f.start());
    if (before != null
        && COMPARING.contains(text.substring(before[0], before[1]).toLowerCase(Locale.ROOT))) {
      return Optional.of(remove(f, before[0], end, text.substring(before[0], end)));
    }
    boolean textField = f.field().equals("title") || FieldText.bulletIndex(f.field()) >= 0;
    if (!textField || !namesAccessory(text)) {
      return Optional.of(removeEverywhere(f, text));
    }
    var edits = new ArrayList<Edit>();
    int insertAt = text.length();
    while (insertAt > 0 && ".!".indexOf(text.charAt(insertAt - 1)) >= 0) {
      insertAt--;
    }
    edits.add(new Edit(f.field(), f.start(), end, ""));
    edits.add(new Edit(f.field(), insertAt, insertAt, ", compatible with " + f.text()));
    String owner = Sentences.owner(f, "its owner");
    String line =
        f.text()
            + " is a trademark of "
            + owner
            + "; this product is not made, sponsored or endorsed by "
            + Sentences.end(owner);
    String description = listing.description();
    if (!description.contains(line)) {
      String joint =
          description.isEmpty() ? "" : Sentences.end(description).equals(description) ? " " : ". ";
      edits.add(new Edit("description", description.length(), description.length(), joint + line));
    }
    return Optional.of(
        new Suggestion(
            "Name "
                + f.text()
                + " only as what the product is compatible with, and say in the description"
                + " that "
                + Sentences.owner(f, "the mark's owner")
                + " does not make or endorse it.",
            edits));
  }

  /**
   * Removes the mark wherever the field writes it as the finding does, so that "Disney Print School
   * Bag | Disney Mickey" loses both and the corrected field is not flagged again for the same mark.
   */
  private static Suggestion removeEverywhere(Finding f, String text) {
    var edits = new ArrayList<Edit>();
    for (int at : Wording.occurrences(text, f.text())) {
      int end = Wording.possessiveEnd(text, at + f.text().length());
      edits.add(new Edit(f.field(), introducedFrom(text, at, end), end, ""));
    }
    if (edits.isEmpty()) {
      edits.add(new Edit(f.field(), f.start(), Wording.possessiveEnd(text, f.end()), ""));
    }
    return new Suggestion(removalSummary(f, f.text()), edits);
  }

  /**
   * Where the removal of a mark at {@code [start, end)} should start: at the word that introduces
   * it ("featuring", "by", "from") when nothing but a preposition, a separator or the end of the
   * field follows, since that word would be left pointing at nothing ("Box Featuring Disney for
   * Kids" becomes "Box for Kids", not "Box Featuring for Kids"); at the mark otherwise ("Toys with
   * Disney characters" keeps "with", which goes on to name the characters).
   */
  static int introducedFrom(String text, int start, int end) {
    int[] before = Wording.wordBefore(text, start);
    if (before == null
        || !INTRODUCING.contains(text.substring(before[0], before[1]).toLowerCase(Locale.ROOT))) {
      return start;
    }
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i == text.length() || !Character.isLetterOrDigit(text.charAt(i))) {
      return before[0];
    }
    int e = i;
    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    return FOLLOWING.contains(text.substring(i, e).toLowerCase(Locale.ROOT)) ? before[0] : start;
  }

  private static String removalSummary(Finding f, String removed) {
    return "Remove \""
        + removed
        + "\" from "
        + Sentences.field(f.field())
        + ": another company's brand may name only its own genuine goods or what a product is"
        + " compatible with.";
  }

  private static Suggestion remove(Finding f, int start, int end, String removed) {
    return new Suggestion(
        "Remove \""
            + removed
            + "\" from "
            + Sentences.field(f.field())
            + ": another company's brand may name only its own genuine goods or what a product is"
            + " compatible with.",
        List.of(new Edit(f.field(), start, end, "")));
  }

  private static boolean namesAccessory(String text) {
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      // The second half of a compound names a style, not an accessory: T-Strap sandals.
      boolean compound =
          s > 1 && text.charAt(s - 1) == '-' && Character.isLetterOrDigit(text.charAt(s - 2));
      if (i > s && !compound && ACCESSORY.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
