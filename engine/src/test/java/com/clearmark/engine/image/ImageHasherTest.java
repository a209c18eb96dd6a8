package com.clearmark.engine.image;

import static com.clearmark.engine.image.ProductPhotos.cropped;
import static com.clearmark.engine.image.ProductPhotos.jpeg;
import static com.clearmark.engine.image.ProductPhotos.mirrored;
import static com.clearmark.engine.image.ProductPhotos.photo;
import static com.clearmark.engine.image.ProductPhotos.png;
import static com.clearmark.engine.image.ProductPhotos.resized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageHasherTest {

  private static final BufferedImage BOTTLE = photo(16);

  @Test
  void theSameImageHashesTheSameEveryTime() {
    ImageHashes once = ImageHasher.hash(png(BOTTLE));
    assertThat(ImageHasher.hash(png(BOTTLE))).isEqualTo(once);
    assertThat(once.windows()).hasSize(ImageHashes.WINDOW_COUNT);
    assertThat(once.pdq().hex()).hasSize(64);
  }

  @Test
  void aResizedOrRecompressedCopyHashesClose() {
    Pdq original = ImageHasher.hash(png(BOTTLE)).pdq();
    assertThat(ImageHasher.hash(png(resized(BOTTLE, 160, 120))).pdq().distance(original))
        .isLessThanOrEqualTo(20);
    assertThat(ImageHasher.hash(png(resized(BOTTLE, 1200, 900))).pdq().distance(original))
        .isLessThanOrEqualTo(20);
    assertThat(ImageHasher.hash(jpeg(BOTTLE, 0.3f)).pdq().distance(original))
        .isLessThanOrEqualTo(20);
    assertThat(ImageHasher.hash(ProductPhotos.encode(BOTTLE, "bmp")).pdq().distance(original))
        .isLessThanOrEqualTo(4);
  }

  @Test
  void unrelatedImagesDifferInAboutHalfTheirBits() {
    Pdq bottle = ImageHasher.hash(png(BOTTLE)).pdq();
    for (long seed = 100; seed < 110; seed++) {
      assertThat(ImageHasher.hash(png(photo(seed))).pdq().distance(bottle)).isGreaterThan(70);
    }
  }

  @Test
  void theMirrorHashIsTheHashOfTheMirroredImage() {
    ImageHashes hashes = ImageHasher.hash(png(BOTTLE));
    ImageHashes ofMirrored = ImageHasher.hash(png(mirrored(BOTTLE)));
    assertThat(hashes.mirror().distance(ofMirrored.pdq())).isLessThanOrEqualTo(20);
    assertThat(ofMirrored.mirror().distance(hashes.pdq())).isLessThanOrEqualTo(20);
    assertThat(hashes.pdq().distance(ofMirrored.pdq())).isGreaterThan(60);
  }

  @Test
  void aCropHashesCloseToTheSubWindowItCovers() {
    ImageHashes original = ImageHasher.hash(png(BOTTLE));
    ImageHashes topLeft = ImageHasher.hash(png(cropped(BOTTLE, 0, 0, 0.84, 0.84)));
    ImageHashes middle = ImageHasher.hash(png(cropped(BOTTLE, 0.15, 0.15, 0.7, 0.7)));
    assertThat(topLeft.pdq().distance(original.windows().get(9))).isLessThanOrEqualTo(31);
    assertThat(middle.pdq().distance(original.windows().get(43))).isLessThanOrEqualTo(31);
    assertThat(topLeft.pdq().distance(original.pdq())).isGreaterThan(30);
  }

  @Test
  void aFlatImageHasNoQualityAndAPhotoPlenty() {
    assertThat(ImageHasher.hash(png(ProductPhotos.flat(Color.WHITE, 300, 300))).quality()).isZero();
    assertThat(ImageHasher.hash(png(BOTTLE)).quality()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void transparentPixelsCountAsWhite() {
    var cutOut = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
    var onWhite = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = onWhite.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 200);
    g.dispose();
    for (BufferedImage image : new BufferedImage[] {cutOut, onWhite}) {
      Graphics2D logo = image.createGraphics();
      logo.setColor(new Color(20, 60, 160));
      logo.fillOval(30, 40, 120, 90);
      logo.setColor(new Color(200, 30, 30));
      logo.fillRect(90, 100, 80, 70);
      logo.dispose();
    }
    assertThat(ImageHasher.hash(png(cutOut)).pdq().distance(ImageHasher.hash(png(onWhite)).pdq()))
        .isLessThanOrEqualTo(4);
  }

  @Test
  void bytesThatAreNoImageAreRefusedInOneLine() {
    assertThatThrownBy(() -> ImageHasher.hash("not a photo".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessage("not a JPEG, PNG, GIF or BMP image");
    byte[] truncated = java.util.Arrays.copyOf(jpeg(BOTTLE, 0.9f), 200);
    assertThatThrownBy(() -> ImageHasher.hash(truncated))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessageNotContaining("Exception");
  }

  @Test
  void anImageWithTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
    byte[] header = pngHeader(20_000, 20_000);
    assertThatThrownBy(() -> ImageHasher.hash(header))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessage("the image is 20000 x 20000 pixels; images up to 50 million pixels are read");
  }

  @Test
  void aFileTooLargeIsRefusedByItsSizeNamingTheFile(@TempDir Path folder) throws IOException {
    Path big = folder.resolve("poster.jpg");
    try (var file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(ImageHasher.MAX_BYTES + 1);
    }
    assertThatThrownBy(() -> ImageHasher.hash(big))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessage("poster.jpg is 26 MB; images up to 25 MB are read");
  }

  @Test
  void aFileIsHashedAndItsProblemsNameIt(@TempDir Path folder) throws IOException {
    Path photo = folder.resolve("bottle.png");
    Files.write(photo, png(BOTTLE));
    assertThat(ImageHasher.hash(photo)).isEqualTo(ImageHasher.hash(png(BOTTLE)));
    Path text = folder.resolve("notes.gif");
    Files.writeString(text, "GIF89a but not really");
    assertThatThrownBy(() -> ImageHasher.hash(text))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessageStartingWith("notes.gif: ");
    assertThatThrownBy(() -> ImageHasher.hash(folder.resolve("missing.jpg")))
        .hasMessage("missing.jpg: no such file");
  }

  @Test
  void gifAndGreyJpegAreRead() {
    Pdq original = ImageHasher.hash(png(BOTTLE)).pdq();
    assertThat(ImageHasher.hash(ProductPhotos.encode(BOTTLE, "gif")).pdq().distance(original))
        .isLessThanOrEqualTo(31);
    var grey = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    g.drawImage(BOTTLE, 0, 0, null);
    g.dispose();
    assertThat(ImageHasher.hash(jpeg(grey, 0.8f)).pdq().distance(original)).isLessThanOrEqualTo(31);
  }

  /** The signature and header chunk of a PNG of the given size, without its pixels. */
  private static byte[] pngHeader(int width, int height) throws IOException {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    var chunk = new ByteArrayOutputStream();
    var data = new DataOutputStream(chunk);
    data.writeBytes("IHDR");
    data.writeInt(width);
    data.writeInt(height);
    data.write(new byte[] {8, 2, 0, 0, 0});
    byte[] body = chunk.toByteArray();
    out.writeInt(body.length - 4);
    out.write(body);
    var crc = new CRC32();
    crc.update(body);
    out.writeInt((int) crc.getValue());
    return bytes.toByteArray();
  }
}
