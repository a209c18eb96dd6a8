package com.clearmark.app.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Product photos drawn for the tests, the same on every run: a brand's own shot of its water
 * bottle, the copies a reseller would upload (recompressed, shrunk), and an unrelated product.
 */
public final class ProductPhotos {

  private ProductPhotos() {}

  /** The brand's photo of its trail bottle, as a PNG. */
  public static byte[] trailBottle() {
    return encode(bottle(640, 640), "png");
  }

  /** The same photo saved again as a JPEG, as a reseller's listing carries it. */
  public static byte[] trailBottleAsJpeg() {
    return encode(bottle(640, 640), "jpeg");
  }

  /** The same photo shrunk to 400 pixels and saved as a JPEG, as a marketplace resizes it. */
  public static byte[] trailBottleShrunk() {
    BufferedImage small = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(bottle(640, 640), 0, 0, 400, 400, null);
    g.dispose();
    return encode(small, "jpeg");
  }

  /** A photo of another product altogether: a striped sneaker on a dark floor. */
  public static byte[] stripedSneaker() {
    BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(30, 30, 40));
    g.fillRect(0, 0, 640, 480);
    for (int i = 0; i < 12; i++) {
      g.setColor(i % 2 == 0 ? new Color(220, 60, 40) : new Color(250, 250, 250));
      g.fillRect(60 + i * 40, 200 + (i % 3) * 10, 40, 140);
    }
    g.setColor(new Color(90, 90, 90));
    g.fillOval(40, 320, 560, 80);
    g.dispose();
    return encode(img, "png");
  }

  /** A PDF's first bytes: not an image, whatever its name says. */
  public static byte[] pdfNamedLikeAPhoto() {
    return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static BufferedImage bottle(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(200, 225, 245), 0, h, new Color(90, 140, 90)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(60, 110, 60));
    g.fillPolygon(new int[] {0, w / 3, w / 2, w}, new int[] {h, h / 2, h * 2 / 3, h}, 4);
    g.setColor(new Color(20, 90, 160));
    g.fillRoundRect(w * 2 / 5, h / 5, w / 5, h * 3 / 5, 40, 40);
    g.setColor(new Color(240, 240, 240));
    g.fillRect(w * 2 / 5 + 10, h * 2 / 5, w / 5 - 20, h / 8);
    g.setColor(new Color(30, 30, 30));
    g.fillRect(w * 9 / 20, h / 8, w / 10, h / 12);
    g.setStroke(new BasicStroke(6));
    g.setColor(new Color(250, 200, 40));
    g.drawOval(w / 10, h / 10, w / 6, w / 6);
    g.dispose();
    return img;
  }

  private static byte[] encode(BufferedImage img, String format) {
    try {
      var out = new ByteArrayOutputStream();
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
