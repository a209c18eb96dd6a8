package com.clearmark.app.web;

import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the field messages of a refusal found past the form's own constraints (by a service or a
 * domain check) into the form's {@link BindingResult}, so the page shows each beside its field
 * exactly as a constraint's message would be, with the value that was typed kept.
 */
public final class FormErrors {

  private FormErrors() {}

  /** Adds each message to its field; a field already refused keeps its first message. */
  public static void reject(BindingResult binding, Map<String, String> fields) {
    fields.forEach(
        (field, message) -> {
          if (binding.getFieldError(field) == null) {
            binding.addError(
                new FieldError(
                    binding.getObjectName(),
                    field,
                    typed(binding, field),
                    false,
                    null,
                    null,
                    message));
          }
        });
  }

  /** What was typed into the field, or null when the form has no such field. */
  private static Object typed(BindingResult binding, String field) {
    try {
      return binding.getRawFieldValue(field);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
