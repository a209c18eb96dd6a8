package com.clearmark.engine.network;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the contact keys: however a ring member respells its phone or Gmail address, the
 * key stays the same. jqwik prints the seed of any failing case.
 */
class ContactKeyProperties {

  private final ContactKeys keys = new ContactKeys();

  @Property
  void phoneKeyIgnoresSeparatorsAndCountryCode(
      @ForAll("tenDigits") String digits, @ForAll("separators") String separator) {
    String spelled =
        "+1 "
            + digits.substring(0, 3)
            + separator
            + digits.substring(3, 6)
            + separator
            + digits.substring(6);

    assertThat(keys.phone(spelled)).isEqualTo(keys.phone(digits)).isEqualTo(digits);
  }

  @Property
  void gmailKeyIgnoresDotsCaseAndTags(
      @ForAll("mailbox") String mailbox, @ForAll("mailbox") String tag, @ForAll int dotAt) {
    int at = 1 + Math.floorMod(dotAt, mailbox.length() - 1);
    String respelled =
        (mailbox.substring(0, at) + "." + mailbox.substring(at)).toUpperCase() + "+" + tag;

    assertThat(keys.email(respelled + "@googlemail.com"))
        .isEqualTo(keys.email(mailbox + "@gmail.com"))
        .isEqualTo(mailbox + "@gmail.com");
  }

  @Provide
  Arbitrary<String> tenDigits() {
    return Arbitraries.strings().numeric().ofLength(10);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "-", ".", ") ", "");
  }

  @Provide
  Arbitrary<String> mailbox() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(20);
  }
}
