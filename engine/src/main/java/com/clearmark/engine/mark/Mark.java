package com.clearmark.engine.mark;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A protected mark as recorded in a registry.
 *
 * @param name the mark as registered, for example {@code NIKE} or {@code Coca-Cola}
 * @param owner the registrant, or empty when unknown
 * @param registrationNumber the registration (or application) number, or empty when unknown
 * @param jurisdiction the office, for example {@code US} or {@code EU}, or empty when unknown
 * @param niceClasses the Nice classes the registration covers, each 1 to 45; empty when unknown
 * @param status whether the registration is in force
 * @param famous whether the mark is well known, which widens its protection beyond its classes
 */
public record Mark(
    String name,
    String owner,
    String registrationNumber,
    String jurisdiction,
    Set<Integer> niceClasses,
    MarkStatus status,
    boolean famous) {

  /**
   * The longest name a mark may have, in characters. Word marks are short; the longest registered
   * slogans run to a few hundred characters. Readers refuse a longer name rather than cut it.
   */
  public static final int MAX_NAME_LENGTH = 500;

  public Mark {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a mark needs a name");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "a mark name has at most " + MAX_NAME_LENGTH + " characters, got " + name.length());
    }
    owner = owner == null ? "" : owner.strip();
    registrationNumber = registrationNumber == null ? "" : registrationNumber.strip();
    jurisdiction = jurisdiction == null ? "" : jurisdiction.strip();
    Objects.requireNonNull(status, "status");
    var classes = new TreeSet<Integer>();
    if (niceClasses != null) {
      for (Integer c : niceClasses) {
        if (c == null || c < 1 || c > 45) {
          throw new IllegalArgumentException("Nice class must be 1 to 45, got " + c);
        }
        classes.add(c);
      }
    }
    niceClasses = Set.copyOf(classes);
  }

  /** A live, non-famous mark with only a name, for tests and quick checks. */
  public static Mark named(String name) {
    return new Mark(name, "", "", "", Set.of(), MarkStatus.LIVE, false);
  }

  public boolean isLive() {
    return status == MarkStatus.LIVE;
  }
}
