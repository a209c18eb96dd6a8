package com.clearmark.engine.image;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Made-up product photos drawn from a seed (a gradient backdrop, a product of a few shapes, a
 * label), and the edits a copier makes to them.
 */
public final class ProductPhotos {

  private ProductPhotos() {}

  /** A 400x300 photo, the same for the same seed. */
  public static BufferedImage photo(long seed) {
    return photo(seed, 400, 300);
  }

  public static BufferedImage photo(long seed, int width, int height) {
    var random = new Random(seed);
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(
        new GradientPaint(
            0, 0, colour(random), width, height * random.nextFloat(), colour(random)));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 12; i++) {
      g.setColor(colour(random));
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      int w = width / 8 + random.nextInt(width / 3);
      int h = height / 8 + random.nextInt(height / 3);
      switch (random.nextInt(3)) {
        case 0 -> g.fillOval(x - w / 2, y - h / 2, w, h);
        case 1 -> g.fillRect(x - w / 2, y - h / 2, w, h);
        default -> g.fillRoundRect(x - w / 2, y - h / 2, w, h, w / 3, h / 3);
      }
    }
    g.setStroke(new BasicStroke(width / 60f));
    g.setColor(colour(random));
    g.drawLine(random.nextInt(width), 0, random.nextInt(width), height);
    g.dispose();
    return image;
  }

  /** A plain image of one colour. */
  public static BufferedImage flat(Color colour, int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  public static BufferedImage resized(BufferedImage image, int width, int height) {
    var out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

  /** The part from {@code left, top} (shares of the width and height) of the given shares. */
  public static BufferedImage cropped(
      BufferedImage image, double left, double top, double width, double height) {
    int x = (int) Math.round(left * image.getWidth());
    int y = (int) Math.round(top * image.getHeight());
    int w = (int) Math.round(width * image.getWidth());
    int h = (int) Math.round(height * image.getHeight());
    var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, -x, -y, null);
    g.dispose();
    return out;
  }

  public static BufferedImage mirrored(BufferedImage image) {
    int w = image.getWidth();
    var out = new BufferedImage(w, image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, w, 0, -w, image.getHeight(), null);
    g.dispose();
    return out;
  }

  /** The image on a white canvas with a border of {@code share} of its size on every side. */
  public static BufferedImage padded(BufferedImage image, double share) {
    int bx = (int) Math.round(share * image.getWidth());
    int by = (int) Math.round(share * image.getHeight());
    var out =
        new BufferedImage(
            image.getWidth() + 2 * bx, image.getHeight() + 2 * by, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(image, bx, by, null);
    g.dispose();
    return out;
  }

  /** The image with a half-transparent shop name written across it. */
  public static BufferedImage watermarked(BufferedImage image, String text) {
    var out = copy(image);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.4f));
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, image.getHeight() / 10));
    g.drawString(text, image.getWidth() / 10, image.getHeight() * 3 / 5);
    g.dispose();
    return out;
  }

  public static BufferedImage copy(BufferedImage image) {
    var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  public static byte[] png(BufferedImage image) {
    return encode(image, "png");
  }

  public static byte[] encode(BufferedImage image, String format) {
    var bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The image as a JPEG of the given quality (0 to 1). */
  public static byte[] jpeg(BufferedImage image, float quality) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
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

  private static Color colour(Random random) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }
}
