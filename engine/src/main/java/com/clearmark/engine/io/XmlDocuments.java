package com.clearmark.engine.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text holding several XML documents one after another, as the USPTO weekly grant files do
 * (each grant is a whole document with its own XML declaration and DOCTYPE), into one reader per
 * document, so that a standard parser can read each.
 *
 * <p>A document ends where a line starts with {@code <?xml} and a space. The scan looks at each
 * character once, in a fixed buffer, so the file's size does not matter; whitespace between
 * documents is skipped.
 */
final class XmlDocuments {

  private static final char[] DECLARATION = {'<', '?', 'x', 'm', 'l'};

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long newlines;
  private char previous = '\n';
  private Document current;

  XmlDocuments(Reader in) {
    this.in = in;
  }

  /** The line of the next character to be read, from 1. */
  long line() {
    return newlines + 1;
  }

  /**
   * The next document, or null when only whitespace is left. The previous document's reader is read
   * to its end first, if its caller stopped early.
   */
  Reader next() throws IOException {
    if (current != null) {
      current.skipRest();
      current = null;
    }
    while (true) {
      if (pos == limit && !fill()) {
        return null;
      }
      char c = buffer[pos];
      if (!Character.isWhitespace(c)) {
        break;
      }
      consume(c);
    }
    current = new Document();
    return current;
  }

  private void consume(char c) {
    pos++;
    if (c == '\n') {
      newlines++;
    }
    previous = c;
  }

  /** Reads more input after what is left in the buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Whether {@code <?xml} and a space start at {@code at}; the caller has read that far. */
  private boolean declarationAt(int at) {
    for (int i = 0; i < DECLARATION.length; i++) {
      if (buffer[at + i] != DECLARATION[i]) {
        return false;
      }
    }
    return Character.isWhitespace(buffer[at + DECLARATION.length]);
  }

  /** Whether the buffer at {@code pos} starts a new declaration; reads ahead as needed. */
  private boolean atDeclaration() throws IOException {
    while (limit - pos < DECLARATION.length + 1) {
      if (!fill()) {
        return false;
      }
    }
    return declarationAt(pos);
  }

  private final class Document extends Reader {
    private boolean started;
    private boolean ended;

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
      if (ended || length == 0) {
        return ended ? -1 : 0;
      }
      int n = 0;
      while (n < length && !ended) {
        if (pos == limit && !fill()) {
          ended = true;
          break;
        }
        int end = Math.min(limit, pos + (length - n));
        int i = pos;
        boolean declaration = false;
        boolean undecided = false;
        // one pass over the chunk: count lines, stop at a '<' that starts a line and may begin
        // the next document's declaration
        for (; i < end; i++) {
          char c = buffer[i];
          if (c == '\n') {
            newlines++;
          } else if (c == '<'
              && (i > pos ? buffer[i - 1] : previous) == '\n'
              && (started || i > pos)) {
            if (i + DECLARATION.length + 1 > limit) {
              undecided = true;
              break;
            }
            if (declarationAt(i)) {
              declaration = true;
              break;
            }
          }
        }
        int count = i - pos;
        if (count > 0) {
          System.arraycopy(buffer, pos, out, offset + n, count);
          n += count;
          previous = buffer[i - 1];
          started = true;
          pos = i;
        }
        if (declaration) {
          ended = true;
        } else if (undecided) {
          if (n > 0) {
            return n;
          }
          if (atDeclaration()) {
            ended = true;
          } else {
            out[offset + n++] = buffer[pos];
            consume(buffer[pos]);
            started = true;
          }
        }
      }
      return n == 0 && ended ? -1 : n;
    }

    void skipRest() throws IOException {
      char[] sink = new char[4096];
      while (read(sink, 0, sink.length) >= 0) {
        // drain
      }
    }

    @Override
    public void close() {
      // the underlying file is closed by the owner of XmlDocuments
    }
  }
}
