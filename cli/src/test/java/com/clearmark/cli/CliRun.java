package com.clearmark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command line printed and returned. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = Clearmark.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
