package com.clearmark.app.copyright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.engine.copyright.TextWorks;
import com.clearmark.engine.copyright.WorkKind;
import com.clearmark.engine.image.ImageHasher;
import com.clearmark.engine.image.ImageHashes;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** What the register accepts fits what the engine reads, and a bad upload is refused by name. */
class WorkLimitsTest {

  @Test
  void everyStoredHashAndTextFitsItsColumnAndTheEngineReadsAllOfIt() {
    assertThat(FieldLimits.IMAGE_HASHES).isGreaterThanOrEqualTo(ImageHashes.MAX_ENCODED_LENGTH);
    assertThat(FieldLimits.WORK_TEXT).isLessThanOrEqualTo(TextWorks.MAX_WORK_CHARS);
    assertThat((long) ImageUpload.MAX_BYTES).isLessThanOrEqualTo(ImageHasher.MAX_BYTES);
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithoutReadingItWhole() {
    var endless = new CountingZeros();

    assertThatThrownBy(() -> ImageUpload.read("file", "huge.png", endless))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("huge.png is larger than 10 MB");
    assertThat(endless.read).isEqualTo(ImageUpload.MAX_BYTES + 1L);
  }

  @Test
  void anEmptyFileAndAProgramNamedLikeAPhotoAreRefusedNamingTheFile() {
    assertThatThrownBy(
            () -> ImageUpload.read("file", "front.jpg", new ByteArrayInputStream(new byte[0])))
        .hasMessage("front.jpg is empty");
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    assertThatThrownBy(
            () -> ImageUpload.read("file", "front.jpg", new ByteArrayInputStream(program)))
        .hasMessage("front.jpg is not a JPEG, PNG, GIF or BMP image (judged by its content)");
  }

  @Test
  void aTextWorkNeedsItsTextAndAnImageWorkHasNone() {
    assertThatThrownBy(
            () ->
                WorkService.checked(
                    new WorkService.WorkForm(WorkKind.TEXT, "Bottle copy", "", "", ""), false))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fields()).containsKey("text"));
    assertThatThrownBy(
            () ->
                WorkService.checked(
                    new WorkService.WorkForm(WorkKind.LOGO, "Logo", "", "", "some words"), true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fields().get("text")).contains("only a text work has a text"));
    assertThat(WorkService.kindNamed(" logo ")).isEqualTo(WorkKind.LOGO);
  }

  /** An upload that never ends, counting what was read of it. */
  private static final class CountingZeros extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read += len;
      return len;
    }
  }
}
