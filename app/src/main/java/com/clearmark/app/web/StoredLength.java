package com.clearmark.app.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that fits the column it is stored in, counted as stored (stripped): a bound like {@link
 * jakarta.validation.constraints.Size} that counts what is kept rather than what was typed, and
 * names the length it got, so the message reads as the service's other length checks do.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StoredLengthValidator.class)
public @interface StoredLength {

  /** The longest value accepted, one of {@link com.clearmark.app.shared.FieldLimits}. */
  int max();

  /** Words added after the limit, such as ", for example US or EU". */
  String hint() default "";

  String message() default "at most {max} characters{hint}, got {length}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
