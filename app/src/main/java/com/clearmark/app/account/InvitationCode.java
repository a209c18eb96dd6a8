package com.clearmark.app.account;

import com.clearmark.app.shared.FieldLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The code that proves the person accepting an invitation is the one invited: 160 random bits,
 * written as eight groups of four characters of Crockford's base 32 (no I, L, O or U, so that it
 * can be read out and typed). Only its SHA-256 hash is stored; the inviting admin sees the code
 * once and hands it to the person.
 */
record InvitationCode(String text) {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int CHARACTERS = 32;
  private static final int LONGEST_TYPED = FieldLimits.INVITATION_CODE;
  private static final SecureRandom RANDOM = new SecureRandom();

  InvitationCode {
    if (text == null || normalized(text).length() != CHARACTERS) {
      throw new IllegalArgumentException("an invitation code has " + CHARACTERS + " characters");
    }
  }

  static InvitationCode fresh() {
    byte[] bytes = new byte[CHARACTERS * 5 / 8];
    RANDOM.nextBytes(bytes);
    StringBuilder code = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        if (code.length() % 5 == 4) {
          code.append('-');
        }
        code.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return new InvitationCode(code.toString());
  }

  String hash() {
    return hashOf(normalized(text));
  }

  /**
   * The hash of a code as someone typed it: case, spaces and dashes do not matter, and the letters
   * that look like digits count as those digits. Empty when it cannot be a code at all.
   */
  static Optional<String> hashOfTyped(String typed) {
    if (typed == null || typed.length() > LONGEST_TYPED) {
      return Optional.empty();
    }
    String code = normalized(typed);
    return code.length() == CHARACTERS ? Optional.of(hashOf(code)) : Optional.empty();
  }

  /** Whether two hashes are the same, in a time that does not tell how much of them is. */
  static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  private static String normalized(String typed) {
    StringBuilder code = new StringBuilder(typed.length());
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      char d =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(d) >= 0) {
        code.append(d);
      } else if (!Character.isWhitespace(d) && d != '-') {
        // Anything else makes it no code, rather than a shorter one.
        return "";
      }
    }
    return code.toString();
  }

  private static String hashOf(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
