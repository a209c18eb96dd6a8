package com.clearmark.app.notice;

import com.clearmark.engine.screening.Screener;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Nice classes of the goods in a marketplace category, as screening reads them ({@link
 * Screener#classesOfCategory}), so a notice is checked against the same meaning of a category as
 * the listing was screened with. A category with no known meaning has no classes: unknown, not
 * guessed.
 */
@Component
class GoodsClasses {

  Set<Integer> of(String category) {
    return Screener.classesOfCategory(category);
  }
}
