package com.clearmark.engine.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the lines of the text read through it, so a failure of the reader below (an undecodable
 * byte) can name the line it is on, which a parser reading ahead in its own buffer cannot.
 */
final class LineCountingReader extends FilterReader {
  private long newlines;

  LineCountingReader(Reader in) {
    super(in);
  }

  /** The line of the next character to be read, from 1. */
  long line() {
    return newlines + 1;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c == '\n') {
      newlines++;
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '\n') {
        newlines++;
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] skipped = new char[(int) Math.min(n, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }
}
