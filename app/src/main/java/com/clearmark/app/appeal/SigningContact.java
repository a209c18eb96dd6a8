package com.clearmark.app.appeal;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who signs an organization's appeal letters: the person the marketplace or the rights owner writes
 * back to. Name and email are required; phone and address are added when given.
 */
record SigningContact(String name, String email, String phone, String address) {

  SigningContact {
    name = stripped(name);
    email = stripped(email);
    phone = stripped(phone);
    address = stripped(address).replace("\r\n", "\n");
    Map<String, String> errors = new LinkedHashMap<>();
    if (name.isEmpty()) {
      errors.put("name", "enter the name of the person who signs the letters");
    } else if (name.length() > FieldLimits.PERSON_NAME) {
      errors.put("name", "keep the name to " + FieldLimits.PERSON_NAME + " characters");
    }
    if (email.isEmpty()) {
      errors.put("email", "enter the email address replies go to");
    } else if (email.length() > FieldLimits.EMAIL
        || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.put("email", "enter an email address such as name@example.com");
    }
    if (phone.length() > FieldLimits.PHONE) {
      errors.put("phone", "keep the phone number to " + FieldLimits.PHONE + " characters");
    }
    if (address.length() > FieldLimits.SUPPLIER_ADDRESS) {
      errors.put("address", "keep the address to " + FieldLimits.SUPPLIER_ADDRESS + " characters");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The signing contact is not complete.", errors);
    }
  }

  private static String stripped(String s) {
    return s == null ? "" : s.strip();
  }

  /** The closing of a letter: a greeting, then the contact's lines under the organization. */
  List<String> signature(String organization) {
    return Stream.of("Kind regards,", name, organization, email, phone, address.replace("\n", ", "))
        .filter(s -> !s.isBlank())
        .toList();
  }

  /** The closing of a letter before a contact is set: placeholders the seller must fill in. */
  static List<String> placeholderSignature(String organization) {
    return List.of("Kind regards,", "[Your name]", organization, "[Your email address]");
  }
}
