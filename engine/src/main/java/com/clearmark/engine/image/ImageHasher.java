package com.clearmark.engine.image;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Hashes an image in the manner of PDQ, the perceptual hash published by Meta for finding copies of
 * photos, and hashes fixed sub-windows of it so that crops are found too.
 *
 * <p>The algorithm, for an image of {@code w x h} pixels:
 *
 * <ol>
 *   <li>Luminance {@code Y = 0.299 R + 0.587 G + 0.114 B} per pixel, transparent pixels laid over
 *       white (a logo cut out on a transparent background looks like the same logo on white).
 *   <li>A Jarosz filter down to 64x64: each row is smoothed twice by a box of {@code ceil(w / 128)}
 *       pixels (two boxes make a tent, close to a Gaussian), then each of the 64 sampled columns
 *       twice by a box of {@code ceil(h / 128)}, and the grid is sampled at the centres of 64x64
 *       equal cells. The second pass along each axis is needed only at the sampled positions and
 *       the vertical passes only on the sampled columns, so the cost is about {@code 2 w h}
 *       additions and subtractions.
 *   <li>The two-dimensional DCT-II of the 64x64 luminance, of which only the 16x16 block of lowest
 *       frequencies is computed, leaving out the constant term ({@code B = D A D^T} with {@code D}
 *       the 16x64 matrix {@code sqrt(2/64) cos(pi (i + 1) (2 j + 1) / 128)}): brightness changes
 *       and fine detail such as JPEG noise or thin watermark text hardly move these coefficients.
 *   <li>Bit {@code 16 i + j} is 1 when coefficient {@code B[i][j]} exceeds the median of the 256.
 *       Thresholding at the median gives about 128 ones for any image, so unrelated images differ
 *       in about 128 bits.
 *   <li>Quality: the sum over the 64x64 grid of the absolute differences between horizontal and
 *       vertical neighbours, on a 0 to 100 luminance scale, divided by 90 and capped at 100. A flat
 *       image scores near 0 and its hash is noise.
 * </ol>
 *
 * <p>The mirrored image's hash comes from the same coefficients: flipping left to right negates the
 * coefficients of odd horizontal frequency, after which the median is taken again.
 *
 * <p>Sub-windows ({@link ImageHashes#windows()}): the luminance is also Jarosz-filtered to a
 * 128x128 grid; each of the 44 fixed windows of that grid is sampled bilinearly to 32x32 (enough
 * for frequencies up to 16, and a quarter of the work of 64x64) and hashed as above with a 16x32
 * DCT matrix. A copy cropped to 70 to 95% of the width and height lies within about 3% (of the
 * width and height) of one of the windows: close enough for the 64 lowest-frequency bits, which
 * {@link ImageIndex} compares first, though not for all 256, which a shift of 2% already disturbs.
 *
 * <p>Decoding goes through {@code javax.imageio} only, for JPEG, PNG, GIF (first frame) and BMP.
 * The header's dimensions are read and checked before the pixels are decoded; an image of {@code 2
 * x} {@value #DECODED_SIDE} pixels or more on its longer side is decoded keeping every {@code
 * max(w, h) / 512}-th pixel each way, which the 64x64 hash cannot tell apart and which saves most
 * of the colour conversion. Cost per image after decoding: about {@code 4 w h} for the filters (two
 * grids) plus one partial DCT of about 82,000 multiplications and 44 of about 24,000.
 */
public final class ImageHasher {

  /** Largest image file read, in bytes. */
  public static final long MAX_BYTES = 25_000_000L;

  /** Largest image read, in pixels (width times height, from the file's header). */
  public static final long MAX_PIXELS = 50_000_000L;

  /** Images larger than this on their longer side are decoded subsampled. */
  static final int DECODED_SIDE = 512;

  private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "bmp");
  private static final int N = 64;
  private static final int GRID = 128;
  private static final int WINDOW_SIDE = 32;
  private static final int K = 16;
  private static final float[] DCT = dctMatrix(N);
  private static final float[] WINDOW_DCT = dctMatrix(WINDOW_SIDE);

  private ImageHasher() {}

  /** Hashes the image in {@code file}. */
  public static ImageHashes hash(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UnreadableImageException(
            name
                + " is "
                + megabytes(size)
                + " MB; images up to "
                + megabytes(MAX_BYTES)
                + " MB"
                + " are read");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableImageException(name + ": no such file");
    } catch (IOException e) {
      throw new UnreadableImageException(name + ": the file cannot be read");
    }
    try {
      return hash(bytes);
    } catch (UnreadableImageException e) {
      throw new UnreadableImageException(name + ": " + e.getMessage());
    }
  }

  /** Hashes an image given as the bytes of a JPEG, PNG, GIF or BMP file. */
  public static ImageHashes hash(byte[] encodedImage) {
    return hash(decode(encodedImage));
  }

  /** Hashes a decoded image. */
  public static ImageHashes hash(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    float[] luma = new float[w * h];
    luminance(image, luma);
    return hashLuminance(luma, w, h);
  }

  /**
   * Decodes an image file's bytes after checking the header's dimensions.
   *
   * @throws UnreadableImageException when the bytes are not a readable image within the limits
   */
  static BufferedImage decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableImageException(
          "the image is "
              + megabytes(bytes.length)
              + " MB; images up to "
              + megabytes(MAX_BYTES)
              + " MB are read");
    }
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = null;
      for (Iterator<ImageReader> it = ImageIO.getImageReaders(in); it.hasNext(); ) {
        ImageReader candidate = it.next();
        if (reader == null
            && FORMATS.contains(candidate.getFormatName().toLowerCase(Locale.ROOT))) {
          reader = candidate;
        } else {
          candidate.dispose();
        }
      }
      if (reader == null) {
        throw new UnreadableImageException("not a JPEG, PNG, GIF or BMP image");
      }
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0) {
          throw new UnreadableImageException("the image has no pixels");
        }
        if ((long) w * h > MAX_PIXELS) {
          throw new UnreadableImageException(
              "the image is "
                  + w
                  + " x "
                  + h
                  + " pixels; images up to "
                  + MAX_PIXELS / 1_000_000
                  + " million pixels are read");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(w, h) / DECODED_SIDE);
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage image = reader.read(0, param);
        if (image == null) {
          throw new UnreadableImageException("the image cannot be decoded");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (UnreadableImageException e) {
      throw e;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      throw new UnreadableImageException("the image is damaged or in a form that cannot be read");
    }
  }

  private static long megabytes(long bytes) {
    return (bytes + 999_999) / 1_000_000;
  }

  /** Writes the luminance (0 to 255) of each pixel to {@code out}, row by row. */
  static void luminance(BufferedImage image, float[] out) {
    int w = image.getWidth();
    int h = image.getHeight();
    Raster raster = image.getRaster();
    boolean untranslated =
        raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
    if (untranslated
        && raster.getDataBuffer() instanceof DataBufferByte buffer
        && buffer.getNumBanks() == 1
        && raster.getSampleModel() instanceof ComponentSampleModel model
        && image.getColorModel().getColorSpace().isCS_sRGB()
        && (model.getNumBands() == 3 || model.getNumBands() == 4)) {
      bytesToLuminance(buffer.getData(), model, w, h, out);
      return;
    }
    if (untranslated
        && raster.getDataBuffer() instanceof DataBufferInt buffer
        && buffer.getNumBanks() == 1
        && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
        && (image.getType() == BufferedImage.TYPE_INT_RGB
            || image.getType() == BufferedImage.TYPE_INT_ARGB)) {
      intsToLuminance(
          buffer.getData(),
          model.getScanlineStride(),
          image.getType() == BufferedImage.TYPE_INT_ARGB,
          w,
          h,
          out);
      return;
    }
    int[] row = new int[w];
    boolean alpha = image.getColorModel().hasAlpha();
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      int at = y * w;
      for (int x = 0; x < w; x++) {
        out[at + x] = argbLuminance(row[x], alpha);
      }
    }
  }

  private static void bytesToLuminance(
      byte[] data, ComponentSampleModel model, int w, int h, float[] out) {
    int[] offsets = model.getBandOffsets();
    int r = offsets[0];
    int g = offsets[1];
    int b = offsets[2];
    int a = model.getNumBands() == 4 ? offsets[3] : -1;
    int stride = model.getPixelStride();
    int scanline = model.getScanlineStride();
    for (int y = 0; y < h; y++) {
      int p = y * scanline;
      int at = y * w;
      for (int x = 0; x < w; x++, p += stride) {
        float lum =
            0.299f * (data[p + r] & 0xff)
                + 0.587f * (data[p + g] & 0xff)
                + 0.114f * (data[p + b] & 0xff);
        if (a >= 0) {
          int alpha = data[p + a] & 0xff;
          lum = (lum * alpha + 255f * (255 - alpha)) / 255f;
        }
        out[at + x] = lum;
      }
    }
  }

  private static void intsToLuminance(
      int[] data, int scanline, boolean alpha, int w, int h, float[] out) {
    for (int y = 0; y < h; y++) {
      int p = y * scanline;
      int at = y * w;
      for (int x = 0; x < w; x++) {
        out[at + x] = argbLuminance(data[p + x], alpha);
      }
    }
  }

  private static float argbLuminance(int argb, boolean alpha) {
    float lum =
        0.299f * (argb >>> 16 & 0xff) + 0.587f * (argb >>> 8 & 0xff) + 0.114f * (argb & 0xff);
    if (alpha) {
      int a = argb >>> 24;
      lum = (lum * a + 255f * (255 - a)) / 255f;
    }
    return lum;
  }

  /** Hashes a luminance plane of {@code w x h} values, row by row. */
  static ImageHashes hashLuminance(float[] luma, int w, int h) {
    Buffers work = new Buffers(Math.max(w, h));
    float[] small = new float[N * N];
    jarosz(luma, w, h, N, small, work);
    double[] coefficients = new double[K * K];
    dct(small, N, DCT, coefficients, work);
    Pdq pdq = threshold(coefficients, false, work);
    Pdq mirror = threshold(coefficients, true, work);
    long quick = ImageHashes.low(pdq);
    int quality = quality(small);

    float[] grid = new float[GRID * GRID];
    jarosz(luma, w, h, GRID, grid, work);
    List<Pdq> windows = new ArrayList<>(ImageHashes.WINDOW_COUNT);
    for (int window = 0; window < ImageHashes.WINDOW_COUNT; window++) {
      sample(
          grid,
          ImageHashes.left(window) * GRID,
          ImageHashes.top(window) * GRID,
          ImageHashes.scale(window) * GRID,
          WINDOW_SIDE,
          small,
          work);
      dct(small, WINDOW_SIDE, WINDOW_DCT, coefficients, work);
      windows.add(threshold(coefficients, false, work));
    }
    return new ImageHashes(quick, pdq, quality, windows, mirror);
  }

  /** Buffers of one hashing, sized once for the image. */
  private static final class Buffers {
    final float[] line;
    final float[] partial = new float[K * N];
    final int[] cellX = new int[N];
    final int[] cellY = new int[N];
    final float[] weightX = new float[N];
    final float[] weightY = new float[N];
    final double[] sorted = new double[K * K];

    Buffers(int longest) {
      line = new float[longest];
    }
  }

  /**
   * Jarosz filter of a {@code w x h} plane down to {@code size x size}: two box passes along each
   * axis, then sampling at cell centres. The first pass along an axis runs over every value; the
   * second is needed, and computed, only at the sampled positions, and the vertical passes only on
   * the sampled columns.
   */
  private static void jarosz(float[] luma, int w, int h, int size, float[] out, Buffers work) {
    int boxX = (w + 2 * size - 1) / (2 * size);
    int boxY = (h + 2 * size - 1) / (2 * size);
    float[] columns = new float[h * size];
    float[] line = work.line;
    for (int y = 0; y < h; y++) {
      int row = y * w;
      if (boxX > 1) {
        box(luma, row, 1, w, boxX, line);
      }
      for (int j = 0; j < size; j++) {
        int x = (int) ((j + 0.5) * w / size);
        columns[y * size + j] = boxX > 1 ? boxAt(line, w, x, boxX) : luma[row + x];
      }
    }
    for (int j = 0; j < size; j++) {
      if (boxY > 1) {
        box(columns, j, size, h, boxY, line);
      }
      for (int i = 0; i < size; i++) {
        int y = (int) ((i + 0.5) * h / size);
        out[i * size + j] = boxY > 1 ? boxAt(line, h, y, boxY) : columns[y * size + j];
      }
    }
  }

  /**
   * {@code out[i]} = the mean of the {@code n} values {@code in[offset + k * stride]} for {@code k}
   * from {@code i - (box - 1) / 2} to {@code i + box / 2}, clipped to the ends: a running sum, one
   * addition and one subtraction per value.
   */
  private static void box(float[] in, int offset, int stride, int n, int box, float[] out) {
    int before = (box - 1) / 2;
    int after = box / 2;
    // From `steadyFrom` to `steadyTo` the window holds `box` values and each step adds one and
    // drops
    // one, with no ends to test; before and after, it grows and shrinks at the ends. The additions
    // and subtractions are made in the same order on both paths, so the means are the same floats.
    int steadyFrom = Math.min(n, before + 1);
    int steadyTo = n - 1 - after;
    float sum = 0;
    int lo = 0;
    int hi = -1;
    int i = 0;
    for (; i < steadyFrom; i++) {
      int newHi = Math.min(n - 1, i + after);
      while (hi < newHi) {
        hi++;
        sum += in[offset + hi * stride];
      }
      out[i] = sum / (hi - lo + 1);
    }
    if (steadyFrom <= steadyTo) {
      float count = box;
      int add = offset + (steadyFrom + after) * stride;
      int drop = offset + (steadyFrom - 1 - before) * stride;
      for (; i <= steadyTo; i++) {
        sum += in[add];
        sum -= in[drop];
        add += stride;
        drop += stride;
        out[i] = sum / count;
      }
      hi = steadyTo + after;
      lo = steadyTo - before;
    }
    for (; i < n; i++) {
      int newHi = Math.min(n - 1, i + after);
      while (hi < newHi) {
        hi++;
        sum += in[offset + hi * stride];
      }
      int newLo = Math.max(0, i - before);
      while (lo < newLo) {
        sum -= in[offset + lo * stride];
        lo++;
      }
      out[i] = sum / (hi - lo + 1);
    }
  }

  /** The mean of {@code values} around {@code at}, as {@link #box} would give it there. */
  private static float boxAt(float[] values, int n, int at, int box) {
    int lo = Math.max(0, at - (box - 1) / 2);
    int hi = Math.min(n - 1, at + box / 2);
    float sum = 0;
    for (int i = lo; i <= hi; i++) {
      sum += values[i];
    }
    return sum / (hi - lo + 1);
  }

  /**
   * Samples the square window at {@code left, top} of {@code size} grid cells to {@code n x n},
   * bilinearly; the cells and weights along each axis are worked out once per window.
   */
  private static void sample(
      float[] grid, double left, double top, double size, int n, float[] out, Buffers work) {
    axis(left, size, n, work.cellX, work.weightX);
    axis(top, size, n, work.cellY, work.weightY);
    int[] cellX = work.cellX;
    float[] weightX = work.weightX;
    for (int i = 0; i < n; i++) {
      int row = work.cellY[i] * GRID;
      float fy = work.weightY[i];
      int o = i * n;
      for (int j = 0; j < n; j++) {
        int at = row + cellX[j];
        float fx = weightX[j];
        float upper = grid[at] + fx * (grid[at + 1] - grid[at]);
        float lower = grid[at + GRID] + fx * (grid[at + GRID + 1] - grid[at + GRID]);
        out[o + j] = upper + fy * (lower - upper);
      }
    }
  }

  private static void axis(double start, double size, int n, int[] cells, float[] weights) {
    double step = size / n;
    for (int i = 0; i < n; i++) {
      double x = start + (i + 0.5) * step - 0.5;
      int cell = Math.max(0, Math.min(GRID - 2, (int) Math.floor(x)));
      cells[i] = cell;
      weights[i] = (float) Math.max(0, Math.min(1, x - cell));
    }
  }

  /** The 16 x {@code n} matrix {@code sqrt(2/n) cos(pi (i + 1) (2 j + 1) / (2 n))}. */
  private static float[] dctMatrix(int n) {
    float[] d = new float[K * n];
    double scale = Math.sqrt(2.0 / n);
    for (int i = 0; i < K; i++) {
      for (int j = 0; j < n; j++) {
        d[i * n + j] = (float) (scale * Math.cos(Math.PI / (2 * n) * (i + 1) * (2 * j + 1)));
      }
    }
    return d;
  }

  /**
   * {@code out = D A D^T}, the 16x16 low-frequency block of the DCT of the {@code n x n} {@code a}.
   * The first product runs along rows of {@code a} so that the innermost loop is contiguous.
   */
  private static void dct(float[] a, int n, float[] matrix, double[] out, Buffers work) {
    float[] t = work.partial;
    Arrays.fill(t, 0, K * n, 0f);
    for (int i = 0; i < K; i++) {
      int ti = i * n;
      for (int r = 0; r < n; r++) {
        float d = matrix[i * n + r];
        int ar = r * n;
        for (int c = 0; c < n; c++) {
          t[ti + c] += d * a[ar + c];
        }
      }
    }
    for (int i = 0; i < K; i++) {
      int ti = i * n;
      for (int k = 0; k < K; k++) {
        int dk = k * n;
        float sum = 0;
        for (int c = 0; c < n; c++) {
          sum += t[ti + c] * matrix[dk + c];
        }
        out[i * K + k] = sum;
      }
    }
  }

  /**
   * The 256 bits above the median; {@code mirrored} negates the odd horizontal frequencies first
   * (column {@code k} holds frequency {@code k + 1}), giving the left-right mirror's hash.
   */
  private static Pdq threshold(double[] b, boolean mirrored, Buffers work) {
    double[] values = work.sorted;
    for (int i = 0; i < K * K; i++) {
      values[i] = mirrored && (i % K) % 2 == 0 ? -b[i] : b[i];
    }
    double[] copy = Arrays.copyOf(values, K * K);
    Arrays.sort(copy);
    double median = (copy[K * K / 2 - 1] + copy[K * K / 2]) / 2;
    long[] words = new long[4];
    for (int i = 0; i < K * K; i++) {
      if (values[i] > median) {
        words[i >>> 6] |= 1L << (i & 63);
      }
    }
    return Pdq.ofWords(words[0], words[1], words[2], words[3]);
  }

  private static int quality(float[] a) {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        float u = a[i * N + j];
        if (i + 1 < N) {
          sum += Math.abs(a[(i + 1) * N + j] - u);
        }
        if (j + 1 < N) {
          sum += Math.abs(a[i * N + j + 1] - u);
        }
      }
    }
    return (int) Math.min(100, sum * 100 / 255 / 90);
  }
}
