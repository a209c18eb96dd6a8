package com.clearmark.engine.image;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The hashes of one image that {@link ImageIndex} compares.
 *
 * @param quick a 64-bit hash: the bits of {@code pdq} for the 8x8 lowest frequencies, coarser and
 *     more tolerant of small shifts than the whole hash; {@link ImageIndex} compares sub-windows
 *     with these 64 bits
 * @param pdq the 256-bit hash of the whole image
 * @param quality 0 (a flat image whose hash says nothing) to 100 (plenty of detail), from the
 *     image's gradients; a hash below about 50 is unreliable
 * @param windows the hashes of {@value #WINDOW_COUNT} fixed square sub-windows, empty or all of
 *     them, in this order: keeping 92% of the width and height at 3x3 positions (left, centre,
 *     right by top, middle, bottom), 84% at 4x4 positions, 76% at 4x4 positions, then the central
 *     windows of 84%, 76% and 70%. A copy cropped to about such a window has a whole-image hash
 *     close to that window's; a copy with borders added has a central window close to the
 *     original's whole hash
 * @param mirror the hash of the image mirrored left to right, computed from the same DCT
 *     coefficients (a horizontal flip only changes the sign of the odd horizontal frequencies)
 */
public record ImageHashes(long quick, Pdq pdq, int quality, List<Pdq> windows, Pdq mirror) {

  /** The number of sub-windows. */
  public static final int WINDOW_COUNT = 44;

  /** Each window's share of the width and height kept, left and top edges (shares). */
  private static final double[][] GEOMETRY = geometry();

  private static final String PREFIX = "pdq1:";
  private static final int FIXED_BYTES = 1 + 8 + 32 + 32 + 1;

  /** Longest {@link #encoded()} text. */
  public static final int MAX_ENCODED_LENGTH =
      PREFIX.length() + (FIXED_BYTES + WINDOW_COUNT * 32 + 2) / 3 * 4;

  public ImageHashes {
    Objects.requireNonNull(pdq, "pdq");
    Objects.requireNonNull(mirror, "mirror");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("an image quality is 0 to 100, not " + quality);
    }
    windows = List.copyOf(windows);
    if (!windows.isEmpty() && windows.size() != WINDOW_COUNT) {
      throw new IllegalArgumentException(
          "an image has no sub-window hashes or " + WINDOW_COUNT + ", not " + windows.size());
    }
  }

  private static double[][] geometry() {
    double[][] windows = new double[WINDOW_COUNT][];
    int w = 0;
    for (double[] grid : new double[][] {{0.92, 3}, {0.84, 4}, {0.76, 4}}) {
      double scale = grid[0];
      int positions = (int) grid[1];
      double step = (1 - scale) / (positions - 1);
      for (int row = 0; row < positions; row++) {
        for (int column = 0; column < positions; column++) {
          windows[w++] = new double[] {scale, column * step, row * step};
        }
      }
    }
    for (double scale : new double[] {0.84, 0.76, 0.70}) {
      windows[w++] = new double[] {scale, (1 - scale) / 2, (1 - scale) / 2};
    }
    return windows;
  }

  /** Window {@code w}'s share of the width and height. */
  static double scale(int w) {
    return GEOMETRY[w][0];
  }

  /** Window {@code w}'s left edge as a share of the width. */
  static double left(int w) {
    return GEOMETRY[w][1];
  }

  /** Window {@code w}'s top edge as a share of the height. */
  static double top(int w) {
    return GEOMETRY[w][2];
  }

  /** Whether window {@code w} is centred in the image. */
  static boolean central(int w) {
    return w == 4 || w >= WINDOW_COUNT - 3;
  }

  /** The 64 bits of {@code hash} for the 8x8 lowest frequencies, row by row. */
  static long low(Pdq hash) {
    long bits = 0;
    for (int row = 0; row < 8; row++) {
      long rowBits = hash.word(row >>> 2) >>> ((row & 3) * 16) & 0xff;
      bits |= rowBits << (row * 8);
    }
    return bits;
  }

  /**
   * The hashes as text of at most {@value #MAX_ENCODED_LENGTH} characters ({@code pdq1:} and URL
   * safe Base64), for storing in a database column or a file.
   */
  public String encoded() {
    ByteBuffer bytes = ByteBuffer.allocate(FIXED_BYTES + windows.size() * 32);
    bytes.put((byte) quality).putLong(quick);
    put(bytes, pdq);
    put(bytes, mirror);
    bytes.put((byte) windows.size());
    for (Pdq w : windows) {
      put(bytes, w);
    }
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /**
   * Reads hashes written by {@link #encoded()}.
   *
   * @throws IllegalArgumentException with a message saying what is wrong, when the text is not such
   *     hashes
   */
  public static ImageHashes decode(String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("image hashes must start with \"" + PREFIX + "\"");
    }
    if (text.length() > MAX_ENCODED_LENGTH) {
      throw new IllegalArgumentException(
          "image hashes are at most " + MAX_ENCODED_LENGTH + " characters, not " + text.length());
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("image hashes are not valid Base64 text");
    }
    if (raw.length < FIXED_BYTES) {
      throw new IllegalArgumentException("image hashes are cut short");
    }
    ByteBuffer bytes = ByteBuffer.wrap(raw);
    int quality = bytes.get();
    long quick = bytes.getLong();
    Pdq pdq = get(bytes);
    Pdq mirror = get(bytes);
    int count = bytes.get() & 0xff;
    if (count != 0 && count != WINDOW_COUNT || raw.length != FIXED_BYTES + count * 32) {
      throw new IllegalArgumentException(
          "image hashes hold " + count + " sub-windows in " + raw.length + " bytes");
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("image hashes give a quality of " + quality);
    }
    var windows = new ArrayList<Pdq>(count);
    for (int i = 0; i < count; i++) {
      windows.add(get(bytes));
    }
    return new ImageHashes(quick, pdq, quality, windows, mirror);
  }

  private static void put(ByteBuffer bytes, Pdq hash) {
    for (int w = 0; w < 4; w++) {
      bytes.putLong(hash.word(w));
    }
  }

  private static Pdq get(ByteBuffer bytes) {
    return Pdq.ofWords(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
  }
}
