package com.clearmark.engine.patent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a listing shows of each element of one claim, in the claim's order.
 *
 * @param subject whether the listing is the article the preamble claims ("A liquid dietary
 *     supplement"): {@link Shown#SHOWN} when it is, {@link Shown#NOT_SHOWN} when the listing never
 *     names it or names a contrary form; null when the preamble names nothing to judge (a method
 *     claim, a claim without preamble)
 */
public record Coverage(List<ElementCoverage> elements, ElementCoverage subject) {

  public Coverage {
    elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
  }

  /** A coverage whose preamble was not judged. */
  public Coverage(List<ElementCoverage> elements) {
    this(elements, null);
  }

  /** Whether the listing is the claimed article, or the preamble names nothing to judge. */
  public boolean subjectMet() {
    return subject == null || subject.shown() == Shown.SHOWN;
  }

  /** Whether the claim has elements and the listing shows every one. */
  public boolean allShown() {
    return !elements.isEmpty() && count(Shown.SHOWN) == elements.size();
  }

  public int count(Shown shown) {
    int n = 0;
    for (ElementCoverage e : elements) {
      if (e.shown() == shown) {
        n++;
      }
    }
    return n;
  }

  /** Whether more than half of the elements are shown. */
  public boolean mostShown() {
    return count(Shown.SHOWN) * 2 > elements.size();
  }

  /** The field holding the most shown elements (the earliest on a tie), or {@code title}. */
  public String mainField() {
    Map<String, Integer> perField = new LinkedHashMap<>();
    for (ElementCoverage e : elements) {
      if (e.shown() == Shown.SHOWN) {
        perField.merge(e.field(), 1, Integer::sum);
      }
    }
    String best = "title";
    int most = 0;
    for (var entry : perField.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }

  /** "4 of 4 elements shown", with not shown and cannot-be-judged counts when there are any. */
  public String summary() {
    int shown = count(Shown.SHOWN);
    int notShown = count(Shown.NOT_SHOWN);
    int cannot = count(Shown.CANNOT_JUDGE);
    var sb = new StringBuilder();
    sb.append(shown).append(" of ").append(elements.size()).append(" elements shown");
    if (notShown > 0) {
      sb.append(", ").append(notShown).append(" not shown");
    }
    if (cannot > 0) {
      sb.append(", ").append(cannot).append(" cannot be judged from the listing text");
    }
    return sb.toString();
  }
}
