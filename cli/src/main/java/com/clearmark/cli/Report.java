package com.clearmark.cli;

import com.clearmark.engine.screening.ScreeningResult;
import java.io.IOException;

/** A report format, written as results stream in. */
interface Report {
  void begin(Summary summary) throws IOException;

  void write(ScreeningResult result) throws IOException;

  void end(Summary summary) throws IOException;
}
