package com.clearmark.app.web;

import com.clearmark.app.shared.FieldLimits;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link FieldLimits} into every page's model as {@code limits}, by constant name, so a
 * template's {@code maxlength} reads the same figure as the check behind it: {@code
 * ${limits.RIGHTS_OWNER}}. Templates may not reach static classes themselves.
 */
@ControllerAdvice(annotations = Controller.class)
class FieldLimitsAdvice {

  private static final Map<String, Integer> LIMITS = read();

  @ModelAttribute("limits")
  Map<String, Integer> limits() {
    return LIMITS;
  }

  private static Map<String, Integer> read() {
    var out = new LinkedHashMap<String, Integer>();
    for (Field f : FieldLimits.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        try {
          out.put(f.getName(), f.getInt(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
