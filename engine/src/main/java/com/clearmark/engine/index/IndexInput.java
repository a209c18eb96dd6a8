package com.clearmark.engine.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads an index file front to back through a fixed window, so that files larger than one memory
 * mapping (2 GB) load as well as small ones, with bulk copies of int and char arrays. Running past
 * the end of the file is an {@link IllegalArgumentException}, which the loader reports as damage.
 */
final class IndexInput {

  private static final int WINDOW = 1 << 23;

  private final FileChannel channel;
  private final ByteBuffer window = ByteBuffer.allocate(WINDOW);

  IndexInput(FileChannel channel, long position) throws IOException {
    this.channel = channel;
    channel.position(position);
    window.limit(0);
  }

  /** Makes at least {@code bytes} (at most the window) available, or fails at end of file. */
  private void need(int bytes) {
    if (window.remaining() >= bytes) {
      return;
    }
    try {
      window.compact();
      while (window.position() < bytes) {
        if (channel.read(window) < 0) {
          throw new IllegalArgumentException("index file ends early");
        }
      }
      window.flip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int getInt() {
    need(4);
    return window.getInt();
  }

  byte get() {
    need(1);
    return window.get();
  }

  void get(byte[] dst, int off, int len) {
    while (len > 0) {
      need(1);
      int n = Math.min(len, window.remaining());
      window.get(dst, off, n);
      off += n;
      len -= n;
    }
  }

  int[] ints(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative count");
    }
    int[] values = new int[Math.max(count, 1)];
    int done = 0;
    while (done < count) {
      need(4);
      int n = Math.min(count - done, window.remaining() / 4);
      window.asIntBuffer().get(values, done, n);
      window.position(window.position() + 4 * n);
      done += n;
    }
    return values;
  }

  char[] chars(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative count");
    }
    char[] values = new char[Math.max(count, 1)];
    int done = 0;
    while (done < count) {
      need(2);
      int n = Math.min(count - done, window.remaining() / 2);
      window.asCharBuffer().get(values, done, n);
      window.position(window.position() + 2 * n);
      done += n;
    }
    return values;
  }
}
