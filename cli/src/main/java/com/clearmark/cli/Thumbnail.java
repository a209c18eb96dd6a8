package com.clearmark.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A small JPEG copy of an image as a {@code data:} URI, so that an HTML report shows the image
 * while staying one self-contained file of bounded size. The image's dimensions are read from its
 * header before anything is decoded: a file over {@value #MAX_BYTES} bytes or {@value #MAX_PIXELS}
 * pixels is not opened.
 */
final class Thumbnail {
  /** The longest side of a thumbnail, in pixels. */
  static final int SIDE = 240;

  static final long MAX_BYTES = 32L << 20;
  static final long MAX_PIXELS = 50_000_000L;

  private Thumbnail() {}

  /** The thumbnail of the image file, or null when it is missing, too large or unreadable. */
  static String dataUri(Path file) {
    if (file == null) {
      return null;
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return null;
      }
      BufferedImage image = decode(file);
      if (image == null) {
        return null;
      }
      double scale = Math.min(1.0, SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
      int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
      BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = small.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      var bytes = new ByteArrayOutputStream();
      if (!ImageIO.write(small, "jpg", bytes)) {
        return null;
      }
      return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      // A report shows what it can: an unreadable image is shown as a name only.
      return null;
    }
  }

  private static BufferedImage decode(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_PIXELS) {
          return null;
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    }
  }
}
