package com.clearmark.app.web;

import com.clearmark.app.shared.FieldLimits;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the field limits as {@code limits}, so a form field's {@code maxlength} is the
 * figure the service checks and the column holds: {@code th:maxlength="${limits.MARK_NAME}"}.
 */
@ControllerAdvice(annotations = Controller.class)
class LimitsForPages {

  @ModelAttribute("limits")
  Map<String, Integer> limits() {
    return FieldLimits.all();
  }
}
