package com.clearmark.bench.jmh;

import com.clearmark.bench.image.SyntheticPhotos;
import com.clearmark.engine.image.ImageHasher;
import com.clearmark.engine.image.ImageHashes;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hashing one image on one thread, milliseconds per image (1000 / ms = images per second; the
 * target is 200 per second, 5 ms). {@code hashDecoded} is {@link ImageHasher#hash(BufferedImage)}
 * on an already decoded photo: luminance, two Jarosz filters, 45 partial DCTs (the whole image, its
 * mirror from the same coefficients, 44 sub-windows). {@code decodeAndHash} adds the JPEG decoding
 * through {@code javax.imageio}. Baselines of the same run: {@code decodeOnly} (the JPEG decoding
 * alone, the floor of any hasher reading files) and {@code averageHash8x8} (the classic 64-bit
 * average hash: the image drawn down to 8x8 grey by Java2D and thresholded at its mean).
 *
 * <p>The photos: 16 synthetic product photos ({@link SyntheticPhotos}) of the given width at 4:3,
 * as JPEG of the writer's default quality.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main ImageHashBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class ImageHashBenchmark {

  private static final int PHOTOS = 16;

  @Param({"640", "1280"})
  public int width;

  private BufferedImage[] decoded;
  private byte[][] files;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    decoded = new BufferedImage[PHOTOS];
    files = new byte[PHOTOS][];
    for (int i = 0; i < PHOTOS; i++) {
      files[i] = SyntheticPhotos.jpeg(SyntheticPhotos.photo(i, width, width * 3 / 4));
      try {
        decoded[i] = ImageIO.read(new ByteArrayInputStream(files[i]));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private int nextPhoto() {
    next = (next + 1) % PHOTOS;
    return next;
  }

  @Benchmark
  public ImageHashes hashDecoded() {
    return ImageHasher.hash(decoded[nextPhoto()]);
  }

  @Benchmark
  public ImageHashes decodeAndHash() {
    return ImageHasher.hash(files[nextPhoto()]);
  }

  @Benchmark
  public BufferedImage decodeOnly() throws IOException {
    return ImageIO.read(new ByteArrayInputStream(files[nextPhoto()]));
  }

  @Benchmark
  public long averageHash8x8() {
    BufferedImage image = decoded[nextPhoto()];
    var small = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = small.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, 8, 8, null);
    g.dispose();
    int[] grey = small.getRaster().getPixels(0, 0, 8, 8, (int[]) null);
    long sum = 0;
    for (int v : grey) {
      sum += v;
    }
    long bits = 0;
    for (int i = 0; i < 64; i++) {
      if (grey[i] * 64L > sum) {
        bits |= 1L << i;
      }
    }
    return bits;
  }
}
