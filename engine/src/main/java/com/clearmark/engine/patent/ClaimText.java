package com.clearmark.engine.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a claim written as plain text, as the PatentsView tables and pasted claims give it, into
 * its dependency, preamble and elements.
 *
 * <p>The algorithm, in order:
 *
 * <ol>
 *   <li>A leading claim number ("3.") is dropped.
 *   <li>The first reference to an earlier claim ("of claim 1", "according to claim 2", "as claimed
 *       in any one of claims 1 to 3") makes the claim dependent on the first number named.
 *   <li>The earliest transition ("comprising", "consisting essentially of", "consisting of",
 *       "including", "wherein", "characterized in that") ends the preamble. A claim whose preamble
 *       is to a method or process is a method claim.
 *   <li>The body after the transition splits into elements at semicolons and at colons. An element
 *       that ends with a colon ("a lid comprising:") opens a nested list: the following elements
 *       are one level deeper, until the element introduced by "and" (the last of that list), after
 *       which the depth returns. Trailing "and", "or" and punctuation are removed.
 * </ol>
 *
 * <p>Plain text loses the nesting the USPTO XML marks up, so the depth is a reading, not a fact;
 * element order and wording are kept exactly.
 */
public final class ClaimText {

  /** The longest claim read; real claims rarely pass a few thousand characters. */
  public static final int MAX_CHARS = 20_000;

  private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*[.)]\\s*");

  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\b(?:of|in|to|by|with|from|under)\\s+(?:any\\s+(?:one\\s+)?of\\s+)?(?:the\\s+)?"
              + "(?:preceding\\s+)?claims?\\s+(\\d{1,4})",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TRANSITION =
      Pattern.compile(
          "\\b(comprising|comprises|consisting essentially of|consisting of|including|wherein"
              + "|characterized in that|characterised in that)\\b\\s*:?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern METHOD =
      Pattern.compile(
          "^\\W*(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:method|process)\\b",
          Pattern.CASE_INSENSITIVE);

  private ClaimText() {}

  /**
   * The claim numbered {@code number} read from its text.
   *
   * @throws IllegalArgumentException when the text is empty, longer than {@link #MAX_CHARS}, or
   *     refers to a claim that is not an earlier one
   */
  public static Claim parse(int number, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("claim " + number + " has no text");
    }
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "claim "
              + number
              + " is "
              + text.length()
              + " characters long; at most "
              + MAX_CHARS
              + " are read");
    }
    String whole = text.strip().replaceAll("\\s+", " ");
    String body = NUMBER.matcher(whole).replaceFirst("");

    int dependsOn = 0;
    Matcher ref = REFERENCE.matcher(body);
    if (ref.find()) {
      dependsOn = Integer.parseInt(ref.group(1));
      if (dependsOn >= number) {
        throw new IllegalArgumentException(
            "claim " + number + " refers to claim " + dependsOn + ", which is not an earlier one");
      }
    }

    Matcher transition = TRANSITION.matcher(body);
    String preamble;
    String rest;
    if (transition.find()) {
      preamble = body.substring(0, transition.start(1)) + transition.group(1);
      rest = body.substring(transition.end());
    } else {
      preamble = "";
      rest = body;
    }
    preamble = trimEnd(preamble.strip());
    boolean method = METHOD.matcher(preamble.isEmpty() ? body : preamble).find();
    return new Claim(number, dependsOn, method, preamble, elements(rest), whole);
  }

  /**
   * A claim whose elements were already marked up, as the USPTO XML nests them in {@code
   * claim-text} elements: nothing is split, only trimmed. With no elements the whole text is read
   * by {@link #parse}.
   *
   * @param dependsOn the claim referred to, as a {@code claim-ref} gives it, or 0 to read it from
   *     the text
   * @param lead the text before the first element, as "1. A bottle comprising:"
   * @param elements the elements as written, with their depth
   * @param whole the whole claim as written
   * @throws IllegalArgumentException when the text is empty or too long, or the claim refers to a
   *     claim that is not an earlier one
   */
  public static Claim of(
      int number, int dependsOn, String lead, List<ClaimElement> elements, String whole) {
    Claim read = parse(number, whole);
    int refers = dependsOn > 0 ? dependsOn : read.dependsOn();
    if (refers >= number) {
      throw new IllegalArgumentException(
          "claim " + number + " refers to claim " + refers + ", which is not an earlier one");
    }
    List<ClaimElement> trimmed = new ArrayList<>(elements.size());
    for (ClaimElement e : elements) {
      String text = trimEnd(trimStart(e.text().replaceAll("\\s+", " ").strip()));
      if (!text.isEmpty()) {
        trimmed.add(new ClaimElement(e.depth(), text));
      }
    }
    if (trimmed.isEmpty()) {
      return new Claim(
          number, refers, read.method(), read.preamble(), read.elements(), read.text());
    }
    String preamble =
        trimEnd(NUMBER.matcher(lead.replaceAll("\\s+", " ").strip()).replaceFirst("").strip());
    boolean method = METHOD.matcher(preamble.isEmpty() ? read.text() : preamble).find();
    return new Claim(number, refers, method, preamble, trimmed, read.text());
  }

  private static List<ClaimElement> elements(String body) {
    List<ClaimElement> out = new ArrayList<>();
    int depth = 0;
    boolean nextIsLast = false;
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : ';';
      if (c != ';' && c != ':') {
        continue;
      }
      String raw = body.substring(start, i).strip();
      start = i + 1;
      if (raw.isEmpty()) {
        continue;
      }
      // "a valve; and a spring": the element after the "and" is the last of its list.
      boolean last = nextIsLast || startsWithWord(raw, "and") || startsWithWord(raw, "or");
      nextIsLast = endsWithWord(raw, "and") || endsWithWord(raw, "or");
      String element = trimEnd(trimStart(raw));
      if (!element.isEmpty()) {
        out.add(new ClaimElement(depth, element));
      }
      if (c == ':') {
        depth++;
        nextIsLast = false;
      } else if (last && depth > 0) {
        depth--;
      }
    }
    return out;
  }

  private static boolean startsWithWord(String s, String word) {
    return s.toLowerCase(Locale.ROOT).startsWith(word + " ");
  }

  /** Removes a leading "and" or "or" left by the split. */
  private static String trimStart(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("and ")) {
      return s.substring(4).strip();
    }
    if (lower.startsWith("or ")) {
      return s.substring(3).strip();
    }
    return s;
  }

  private static boolean endsWithWord(String s, String word) {
    String lower = s.toLowerCase(Locale.ROOT).replaceAll("[\\s,.]+$", "");
    return lower.endsWith(" " + word) || lower.equals(word);
  }

  /** Removes trailing punctuation and a dangling "and" or "or". */
  private static String trimEnd(String s) {
    String t = s.strip();
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      char last = t.charAt(t.length() - 1);
      if (last == '.' || last == ',' || last == ';' || last == ':') {
        t = t.substring(0, t.length() - 1).strip();
        changed = true;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      for (String word : new String[] {" and", " or"}) {
        if (lower.endsWith(word)) {
          t = t.substring(0, t.length() - word.length()).strip();
          changed = true;
          break;
        }
      }
    }
    return t;
  }
}
