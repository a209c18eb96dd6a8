package com.clearmark.app.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link StoredLength}: null and blank fit; the message names the stripped length. */
class StoredLengthValidator implements ConstraintValidator<StoredLength, CharSequence> {

  private int max;

  @Override
  public void initialize(StoredLength constraint) {
    max = constraint.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int length = value.toString().strip().length();
    if (length <= max) {
      return true;
    }
    if (context instanceof HibernateConstraintValidatorContext hibernate) {
      hibernate.addMessageParameter("length", length);
    }
    return false;
  }
}
