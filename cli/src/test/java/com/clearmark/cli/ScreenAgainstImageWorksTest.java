package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenAgainstImageWorksTest {

  @TempDir Path dir;
  Path marks;
  Path catalogue;
  Path works;

  @BeforeEach
  void registerAPhotoAndListACopyOfIt() throws IOException {
    marks =
        write(
            "marks.csv",
            """
            mark,owner,registration_number,jurisdiction,classes,status,famous
            ROLEX,Rolex SA,T-0004,US,14,live,true
            """);
    BufferedImage front = studioShot(16, 640, 480);
    Files.createDirectories(dir.resolve("register/photos"));
    ImageIO.write(front, "png", dir.resolve("register/photos/front.png").toFile());
    works =
        write(
            "register/works.csv",
            """
            id,kind,title,owner,file
            7,photo,Trail bottle front photo,Northwind Drinkware LLC,photos/front.png
            8,photo,Lost photo,Northwind Drinkware LLC,photos/missing.png
            """);
    Files.createDirectories(dir.resolve("listings/shots"));
    ImageIO.write(resized(front, 400, 300), "jpg", dir.resolve("listings/shots/copy.jpg").toFile());
    ImageIO.write(studioShot(99, 400, 300), "jpg", dir.resolve("listings/shots/own.jpg").toFile());
    catalogue =
        write(
            "listings/catalogue.csv",
            """
            sku,title,brand,price,images
            KX-1,Insulated steel bottle 750 ml,Kestrel,19.99,shots/own.jpg|shots/copy.jpg
            KX-2,Reflective nylon dog leash,Kestrel,12.99,shots/own.jpg
            KX-3,Steel lunch box,Kestrel,15.99,shots/gone.jpg
            """);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private CliRun screen(String format) {
    return CliRun.of(
        "screen",
        catalogue.toString(),
        "--marks",
        marks.toString(),
        "--works",
        works.toString(),
        "--format",
        format);
  }

  @Test
  void listingImageCopyingARegisteredPhotoIsBlocked() {
    var run = screen("jsonl");

    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .contains("\"id\":\"KX-1\"")
        .contains("\"decision\":\"BLOCK\"")
        .contains("\"rule\":\"CR_IMAGE\"")
        .contains("\"field\":\"images[2]\"")
        .contains("\"registration\":\"7\"")
        .contains("\"text\":\"shots/copy.jpg\"");
    assertThat(lines[1]).contains("\"id\":\"KX-2\"").contains("\"decision\":\"PASS\"");
    assertThat(lines[2]).contains("\"id\":\"KX-3\"").contains("\"decision\":\"PASS\"");
  }

  @Test
  void unreadableImagesAreWarningsNamingTheirRowsNeverStackTraces() {
    var run = screen("jsonl");

    assertThat(run.err())
        .contains("works.csv:3: file: missing.png: no such file")
        .contains("catalogue.csv:4: images[1]: gone.jpg: no such file (image not checked)")
        .contains("Checking against 0 registered texts and 1 registered image")
        .doesNotContain("Exception");
  }

  @Test
  void htmlReportShowsTheListingImageBesideTheRegisteredWork() {
    var run = screen("html");

    assertThat(run.exitCode()).isZero();
    String html = run.out();
    assertThat(html).contains("<b>CR_IMAGE</b>").contains("<div class=\"pair\">");
    String pair = html.substring(html.indexOf("<div class=\"pair\">"));
    pair = pair.substring(0, pair.indexOf("</div>"));
    assertThat(pair.split("<img ", -1)).hasSize(3);
    assertThat(pair)
        .contains("src=\"data:image/jpeg;base64,")
        .contains("Listing image shots/copy.jpg")
        .contains("Registered work 7: Trail bottle front photo");
    assertThat(pair.length()).as("thumbnails stay small").isLessThan(200_000);
  }

  /** A product-like picture: a gradient backdrop and a few seeded shapes. */
  static BufferedImage studioShot(long seed, int width, int height) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int y = 0; y < height; y++) {
      int shade = 120 + 100 * y / height;
      g.setColor(new Color(shade, shade - 40 + random.nextInt(20), 200 - shade / 2));
      g.drawLine(0, y, width, y);
    }
    for (int i = 0; i < 12; i++) {
      g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
      int w = width / 8 + random.nextInt(width / 3);
      int h = height / 8 + random.nextInt(height / 3);
      int x = random.nextInt(width - w);
      int y = random.nextInt(height - h);
      if (random.nextBoolean()) {
        g.fillOval(x, y, w, h);
      } else {
        g.fillRect(x, y, w, h);
      }
    }
    g.dispose();
    return image;
  }

  static BufferedImage resized(BufferedImage image, int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }
}
