package com.clearmark.app.account;

import com.clearmark.app.shared.FieldLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 2.1): 12 to 128 characters, counted as Unicode code points
 * and never truncated; not only white space; not one character repeated; not a password known from
 * data breaches (the bundled list, see {@code NOTICE} beside {@code common-passwords.txt}); and not
 * containing the person's email address or name. Any other character, spaces and emoji included, is
 * allowed, and there are no composition rules. The same policy applies at setup, when an admin
 * creates a user and when people change their own password.
 */
@Component
class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = FieldLimits.PASSWORD;
  private static final String LIST = "/com/clearmark/app/account/common-passwords.txt";

  private final Set<String> breached;

  PasswordPolicy() {
    this.breached = load();
  }

  /**
   * Why {@code password} may not be used by the person with this email and name, or empty when it
   * may. The reason is a lower-case phrase for a field message.
   */
  public Optional<String> problemWith(String password, String email, String name) {
    if (password == null || password.isEmpty()) {
      return Optional.of(tooShort());
    }
    int length = password.codePointCount(0, password.length());
    if (length > MAX_LENGTH) {
      return Optional.of("a password can have at most " + MAX_LENGTH + " characters");
    }
    if (password
        .codePoints()
        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      return Optional.of("a password cannot be only spaces");
    }
    if (length < MIN_LENGTH) {
      return Optional.of(tooShort());
    }
    int first = password.codePointAt(0);
    if (password.codePoints().allMatch(c -> c == first)) {
      return Optional.of("a password cannot be one character repeated");
    }
    String folded = password.toLowerCase(Locale.ROOT);
    if (breached.contains(folded)) {
      return Optional.of(
          "that password is in a list of passwords known from data breaches; choose another");
    }
    if (containsPersonal(folded, email, name)) {
      return Optional.of("a password cannot contain your email address or name");
    }
    return Optional.empty();
  }

  private static String tooShort() {
    return "choose a password of at least " + MIN_LENGTH + " characters";
  }

  private static boolean containsPersonal(String folded, String email, String name) {
    if (email != null) {
      String mail = email.strip().toLowerCase(Locale.ROOT);
      int at = mail.indexOf('@');
      String local = at > 0 ? mail.substring(0, at) : mail;
      // Very short parts ("jo@") would refuse too many good passwords for little gain.
      if ((mail.length() >= 4 && folded.contains(mail))
          || (local.length() >= 4 && folded.contains(local))) {
        return true;
      }
    }
    if (name != null) {
      String person = name.strip().toLowerCase(Locale.ROOT);
      if (person.length() >= 4 && folded.contains(person)) {
        return true;
      }
      String joined = person.replaceAll("\\s+", "");
      return joined.length() >= 4 && folded.replaceAll("\\s+", "").contains(joined);
    }
    return false;
  }

  private static Set<String> load() {
    var in = PasswordPolicy.class.getResourceAsStream(LIST);
    if (in == null) {
      throw new IllegalStateException(LIST + " is missing from the application");
    }
    Set<String> entries = new HashSet<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          entries.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LIST, e);
    }
    return Set.copyOf(entries);
  }
}
