package com.clearmark.bench.image;

import com.clearmark.engine.image.ImageHasher;
import com.clearmark.engine.image.ImageHashes;
import com.clearmark.engine.image.ImageIndex;
import com.clearmark.engine.image.UnreadableImageException;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Recall of copied images per transform and false matches per million pairs.
 *
 * <p>Usage: {@code ImageEvaluation FOLDER [--originals N] [--unrelated M] [--seed S]}. The PNG
 * files under FOLDER (searched recursively, sorted by path, shuffled by the seed) are read in turn;
 * files over 2 MB or 4 million pixels, images smaller than 150 pixels on a side, of hash quality
 * below 50, or within 40 bits of an image already taken (variants of one drawing) are passed over.
 * The first N are registered in an {@link ImageIndex}; the next M are never registered and stand
 * for sellers' own images. Each original is edited by every transform below, with parameters drawn
 * from a generator seeded by the seed, the original and the transform; each edit is saved as a JPEG
 * of quality 0.85 (as a marketplace would store it) and looked up. A copy is found when its
 * original is among the 3 matches returned.
 *
 * <p>False matches: every match of an unrelated image, and every match of a copy to another
 * original, over the pairs compared ({@code M x N + copies x (N - 1)}).
 */
public final class ImageEvaluation {

  private static final List<String> TRANSFORMS =
      List.of(
          "none",
          "resize",
          "jpeg",
          "watermark",
          "logo",
          "crop 5-10%",
          "crop 10-20%",
          "crop 20-30%",
          "rotate 1-3 deg",
          "rotate 3-6 deg",
          "mirror",
          "colour",
          "padding",
          "mirror + crop 5-15%");

  private ImageEvaluation() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println(
          "usage: ImageEvaluation FOLDER [--originals N] [--unrelated M] [--seed S]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int originals = 300;
    int unrelated = 1000;
    long seed = 16;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--originals" -> originals = Integer.parseInt(args[i + 1]);
        case "--unrelated" -> unrelated = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          new ArrayList<>(
              walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".png"))
                  .sorted()
                  .toList());
    }
    Collections.shuffle(files, new Random(seed));
    System.out.printf(Locale.ROOT, "%d PNG files under %s, seed %d%n", files.size(), folder, seed);

    var taken = new ArrayList<BufferedImage>();
    var takenHashes = new ArrayList<ImageHashes>();
    var takenNames = new ArrayList<String>();
    int skipped = 0;
    for (Path file : files) {
      if (taken.size() == originals + unrelated) {
        break;
      }
      BufferedImage image;
      try {
        if (Files.size(file) > 2_000_000 || pixels(file) > 4_000_000) {
          skipped++;
          continue;
        }
        image = ImageIO.read(file.toFile());
      } catch (IOException | RuntimeException | OutOfMemoryError e) {
        skipped++;
        continue;
      }
      if (image == null || image.getWidth() < 150 || image.getHeight() < 150) {
        skipped++;
        continue;
      }
      image = shrink(flatten(image), 600);
      ImageHashes hashes = ImageHasher.hash(image);
      if (hashes.quality() < 50 || nearAny(hashes, takenHashes)) {
        skipped++;
        continue;
      }
      taken.add(taken.size() < originals ? image : null);
      takenHashes.add(hashes);
      takenNames.add(folder.relativize(file).toString());
    }
    if (taken.size() < originals + unrelated) {
      throw new IllegalStateException("only " + taken.size() + " usable images under " + folder);
    }
    System.out.printf(
        Locale.ROOT,
        "%d originals and %d unrelated images taken, %d files passed over%n",
        originals,
        unrelated,
        skipped);

    var index = new ImageIndex();
    for (int id = 0; id < originals; id++) {
      index.add(id, takenHashes.get(id));
    }

    var found = new LinkedHashMap<String, int[]>();
    long wrong = 0;
    long copies = 0;
    var missedExamples = new LinkedHashMap<String, List<String>>();
    long hashNanos = 0;
    int[] trueFull = new int[6];
    int[] falseFull = new int[6];
    for (String transform : TRANSFORMS) {
      int hit = 0;
      int first = 0;
      for (int id = 0; id < originals; id++) {
        var random = new Random(seed * 1_000_003L + id * 7919L + transform.hashCode());
        BufferedImage copy = edit(taken.get(id), transform, random);
        long start = System.nanoTime();
        ImageHashes hashes;
        try {
          hashes = ImageHasher.hash(jpeg(copy, 0.85f));
        } catch (UnreadableImageException e) {
          continue;
        }
        hashNanos += System.nanoTime() - start;
        copies++;
        var matches = index.query(hashes, 3);
        boolean ok = false;
        for (var m : matches) {
          if (m.id() == id) {
            ok = true;
          } else {
            wrong++;
          }
          tally(m, hashes, takenHashes.get((int) m.id()), m.id() == id ? trueFull : falseFull);
        }
        if (ok) {
          hit++;
          if (matches.get(0).id() == id) {
            first++;
          }
        } else {
          missedExamples.computeIfAbsent(transform, t -> new ArrayList<>());
          if (missedExamples.get(transform).size() < 3) {
            missedExamples.get(transform).add(takenNames.get(id));
          }
        }
      }
      found.put(transform, new int[] {hit, first});
    }
    long unrelatedMatches = 0;
    var falseExamples = new ArrayList<String>();
    for (int u = originals; u < originals + unrelated; u++) {
      for (var m : index.query(takenHashes.get(u), 3)) {
        unrelatedMatches++;
        tally(m, takenHashes.get(u), takenHashes.get((int) m.id()), falseFull);
        if (falseExamples.size() < 10) {
          falseExamples.add(
              takenNames.get(u)
                  + " ~ "
                  + takenNames.get((int) m.id())
                  + " ("
                  + m.how()
                  + ", "
                  + m.distance()
                  + ")");
        }
      }
    }

    System.out.println();
    System.out.println("| Transform | Found (in top 3) | First |");
    System.out.println("|---|---:|---:|");
    int allHit = 0;
    for (Map.Entry<String, int[]> e : found.entrySet()) {
      allHit += e.getValue()[0];
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f%% (%d/%d) | %.1f%% |%n",
          e.getKey(),
          100.0 * e.getValue()[0] / originals,
          e.getValue()[0],
          originals,
          100.0 * e.getValue()[1] / originals);
    }
    double pairs = (double) unrelated * originals + (double) copies * (originals - 1);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "copies looked up: %d, found %d; unrelated images' matches: %d; copies matched to another"
            + " original: %d%n",
        copies,
        allHit,
        unrelatedMatches,
        wrong);
    System.out.printf(
        Locale.ROOT,
        "false matches per million pairs: %.2f (%d over %.0f pairs)%n",
        (unrelatedMatches + wrong) * 1e6 / pairs,
        unrelatedMatches + wrong,
        pairs);
    System.out.printf(
        Locale.ROOT,
        "mean decode + hash of a copy (JPEG, up to 600 px): %.1f ms%n",
        hashNanos / 1e6 / copies);
    System.out.println(
        "coarse matches by the closest full 256-bit distance (<40, <60, <80, <100, <120, more):"
            + " true "
            + java.util.Arrays.toString(trueFull)
            + ", false "
            + java.util.Arrays.toString(falseFull));
    System.out.println("false match examples: " + falseExamples);
    System.out.println("missed examples: " + missedExamples);
  }

  /** Width times height from the file's header, without decoding it. */
  private static long pixels(Path file) throws IOException {
    try (var in = ImageIO.createImageInputStream(file.toFile())) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Long.MAX_VALUE;
      }
      var reader = readers.next();
      try {
        reader.setInput(in);
        return (long) reader.getWidth(0) * reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    }
  }

  /** Counts a coarse match by the closest full distance between the hashes it may stem from. */
  private static void tally(ImageIndex.Match m, ImageHashes query, ImageHashes original, int[] to) {
    if (m.how().equals("whole image") || m.how().equals("mirrored")) {
      return;
    }
    int best = 256;
    if (m.how().equals("within a larger image")) {
      for (var w : query.windows()) {
        best = Math.min(best, w.distance(original.pdq()));
      }
    } else {
      var probe = m.how().equals("crop") ? query.pdq() : query.mirror();
      for (var w : original.windows()) {
        best = Math.min(best, w.distance(probe));
      }
    }
    to[Math.min(5, best / 20 - 1 < 0 ? 0 : best / 20 - 1)]++;
  }

  private static boolean nearAny(ImageHashes hashes, List<ImageHashes> taken) {
    for (ImageHashes t : taken) {
      if (t.pdq().distance(hashes.pdq()) <= 40 || t.pdq().distance(hashes.mirror()) <= 40) {
        return true;
      }
    }
    return false;
  }

  /** The drawing on white, as an RGB image. */
  private static BufferedImage flatten(BufferedImage image) {
    var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  private static BufferedImage shrink(BufferedImage image, int longest) {
    int w = image.getWidth();
    int h = image.getHeight();
    if (Math.max(w, h) <= longest) {
      return image;
    }
    double f = (double) longest / Math.max(w, h);
    return scaled(image, (int) Math.round(w * f), (int) Math.round(h * f));
  }

  private static BufferedImage scaled(BufferedImage image, int w, int h) {
    var out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
    g.dispose();
    return out;
  }

  static BufferedImage edit(BufferedImage image, String transform, Random random) {
    int w = image.getWidth();
    int h = image.getHeight();
    return switch (transform) {
      case "none" -> image;
      case "resize" -> {
        double f =
            random.nextBoolean() ? 0.3 + 0.5 * random.nextDouble() : 1.2 + random.nextDouble();
        yield scaled(image, (int) (w * f), (int) (h * f));
      }
      case "jpeg" -> decoded(jpeg(image, 0.2f + 0.3f * random.nextFloat()));
      case "watermark" -> watermark(image, random);
      case "logo" -> logo(image, random);
      case "crop 5-10%" -> crop(image, 0.05 + 0.05 * random.nextDouble(), random);
      case "crop 10-20%" -> crop(image, 0.10 + 0.10 * random.nextDouble(), random);
      case "crop 20-30%" -> crop(image, 0.20 + 0.10 * random.nextDouble(), random);
      case "rotate 1-3 deg" -> rotate(image, 1 + 2 * random.nextDouble(), random);
      case "rotate 3-6 deg" -> rotate(image, 3 + 3 * random.nextDouble(), random);
      case "mirror" -> mirror(image);
      case "colour" -> colour(image, random);
      case "padding" -> pad(image, 0.05 + 0.15 * random.nextDouble(), random);
      case "mirror + crop 5-15%" -> mirror(crop(image, 0.05 + 0.10 * random.nextDouble(), random));
      default -> throw new IllegalArgumentException(transform);
    };
  }

  /** Removes {@code share} of the width and of the height, split at random between the sides. */
  private static BufferedImage crop(BufferedImage image, double share, Random random) {
    int w = image.getWidth();
    int h = image.getHeight();
    int cw = (int) Math.round(w * (1 - share));
    int ch = (int) Math.round(h * (1 - share));
    int x = random.nextInt(w - cw + 1);
    int y = random.nextInt(h - ch + 1);
    return copy(image.getSubimage(x, y, cw, ch));
  }

  private static BufferedImage rotate(BufferedImage image, double degrees, Random random) {
    var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    double angle = Math.toRadians(random.nextBoolean() ? degrees : -degrees);
    g.drawImage(
        image,
        AffineTransform.getRotateInstance(angle, image.getWidth() / 2.0, image.getHeight() / 2.0),
        null);
    g.dispose();
    return out;
  }

  private static BufferedImage mirror(BufferedImage image) {
    int w = image.getWidth();
    var out = new BufferedImage(w, image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, w, 0, -w, image.getHeight(), null);
    g.dispose();
    return out;
  }

  /** A border of {@code share} of the size on each side, white or a light grey. */
  private static BufferedImage pad(BufferedImage image, double share, Random random) {
    int bx = (int) Math.round(share * image.getWidth());
    int by = (int) Math.round(share * image.getHeight());
    var out =
        new BufferedImage(
            image.getWidth() + 2 * bx, image.getHeight() + 2 * by, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    int grey = 220 + random.nextInt(36);
    g.setColor(new Color(grey, grey, grey));
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(image, bx, by, null);
    g.dispose();
    return out;
  }

  private static BufferedImage watermark(BufferedImage image, Random random) {
    var out = copy(image);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setComposite(
        AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.3f + 0.3f * random.nextFloat()));
    g.setColor(random.nextBoolean() ? Color.WHITE : Color.DARK_GRAY);
    int size = (int) (out.getHeight() * (0.06 + 0.08 * random.nextDouble()));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, size)));
    g.drawString(
        "BEST-DEALS-" + (100 + random.nextInt(900)),
        (int) (out.getWidth() * 0.1 * random.nextDouble()),
        (int) (out.getHeight() * (0.3 + 0.5 * random.nextDouble())));
    g.dispose();
    return out;
  }

  /** An opaque shop badge of 10-20% of the width in a corner. */
  private static BufferedImage logo(BufferedImage image, Random random) {
    var out = copy(image);
    Graphics2D g = out.createGraphics();
    int bw = (int) (out.getWidth() * (0.10 + 0.10 * random.nextDouble()));
    int bh = bw / 2;
    int x = random.nextBoolean() ? 4 : out.getWidth() - bw - 4;
    int y = random.nextBoolean() ? 4 : out.getHeight() - bh - 4;
    g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
    g.fillRoundRect(x, y, bw, bh, bh / 2, bh / 2);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(6, bh / 2)));
    g.drawString("SHOP", x + bw / 6, y + bh * 2 / 3);
    g.dispose();
    return out;
  }

  /** Brightness, contrast and a swap or tint of the colour channels. */
  private static BufferedImage colour(BufferedImage image, Random random) {
    var out = copy(image);
    double gain = 0.8 + 0.4 * random.nextDouble();
    double offset = -20 + 40 * random.nextDouble();
    int swap = random.nextInt(3);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int rgb = out.getRGB(x, y);
        int[] c = {rgb >>> 16 & 0xff, rgb >>> 8 & 0xff, rgb & 0xff};
        int r = c[swap];
        int gr = c[(swap + 1) % 3];
        int b = c[(swap + 2) % 3];
        out.setRGB(
            x,
            y,
            clamp(r * gain + offset) << 16
                | clamp(gr * gain + offset) << 8
                | clamp(b * gain + offset));
      }
    }
    return out;
  }

  private static BufferedImage decoded(byte[] bytes) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  private static BufferedImage copy(BufferedImage image) {
    var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var bytes = new ByteArrayOutputStream();
    try (var out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
