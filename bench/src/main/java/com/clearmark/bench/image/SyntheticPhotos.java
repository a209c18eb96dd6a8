package com.clearmark.bench.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Made-up product photos for benchmarks: a gradient backdrop and a product of a few shapes. */
public final class SyntheticPhotos {

  private SyntheticPhotos() {}

  public static BufferedImage photo(long seed, int width, int height) {
    var random = new Random(seed);
    var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, colour(random), width, height, colour(random)));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 14; i++) {
      g.setColor(colour(random));
      int w = width / 10 + random.nextInt(width / 3);
      int h = height / 10 + random.nextInt(height / 3);
      int x = random.nextInt(width) - w / 2;
      int y = random.nextInt(height) - h / 2;
      if (random.nextBoolean()) {
        g.fillOval(x, y, w, h);
      } else {
        g.fillRoundRect(x, y, w, h, w / 4, h / 4);
      }
    }
    g.setStroke(new BasicStroke(Math.max(1, width / 80f)));
    g.setColor(colour(random));
    g.drawLine(random.nextInt(width), 0, random.nextInt(width), height);
    g.dispose();
    return image;
  }

  /** The image resized by {@code factor}. */
  public static BufferedImage resized(BufferedImage image, double factor) {
    int w = Math.max(1, (int) (image.getWidth() * factor));
    int h = Math.max(1, (int) (image.getHeight() * factor));
    var out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  public static byte[] jpeg(BufferedImage image) {
    var bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpeg", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Color colour(Random random) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }
}
