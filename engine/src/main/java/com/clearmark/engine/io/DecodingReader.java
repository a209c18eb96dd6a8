package com.clearmark.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes into text, refusing bytes that are not valid in the charset, and drops a leading
 * byte order mark.
 *
 * <p>Unlike {@link java.io.InputStreamReader}, which throws away the text decoded before a bad
 * byte, this reader first hands out every character before the bad byte and only then throws, so
 * the caller's line count points at the line that holds it.
 */
final class DecodingReader extends Reader {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String adviceOnBadBytes;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfBytes;
  private boolean flushing;
  private boolean flushed;
  private boolean atStart = true;
  private UndecodableTextException failure;

  DecodingReader(InputStream in, Charset charset, String adviceOnBadBytes) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.adviceOnBadBytes = adviceOnBadBytes;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (true) {
      int n = decodeInto(buffer, offset, length);
      if (n <= 0) {
        return n;
      }
      if (atStart) {
        atStart = false;
        if (buffer[offset] == BYTE_ORDER_MARK) {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
          if (n == 0) {
            continue;
          }
        }
      }
      return n;
    }
  }

  private int decodeInto(char[] buffer, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      if (flushing) {
        flushed = decoder.flush(out).isUnderflow();
        break;
      }
      CoderResult result = decoder.decode(bytes, out, endOfBytes);
      if (result.isError()) {
        failure =
            new UndecodableTextException(
                "the text is not valid "
                    + decoder.charset().displayName()
                    + " here (unreadable bytes)"
                    + adviceOnBadBytes);
        break;
      }
      if (result.isOverflow()) {
        break;
      }
      if (endOfBytes) {
        flushing = true;
        continue;
      }
      if (out.position() > offset) {
        break;
      }
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        endOfBytes = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
    int n = out.position() - offset;
    if (n > 0) {
      return n;
    }
    if (failure != null) {
      throw failure;
    }
    return flushed ? -1 : 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Bytes that do not decode in the chosen charset; the message says what to do about it. */
  static final class UndecodableTextException extends IOException {
    private static final long serialVersionUID = 1L;

    UndecodableTextException(String message) {
      super(message);
    }
  }
}
