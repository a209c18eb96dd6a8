package com.clearmark.engine.screening;

/** One named business rule: reads what the scan found and adds the findings it stands for. */
interface ScreeningPolicy {
  void apply(ListingScan scan, Findings findings);
}
