package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.patent.Patent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentFileTest {

  @TempDir Path dir;
  List<Patent> weekly;

  @BeforeEach
  void readTheWeeklyFixture() {
    weekly = new ArrayList<>();
    UsptoPatentReader.read(
        TestFiles.resource("uspto-grants-weekly.xml"), true, p -> {}, weekly::add);
  }

  @Test
  void registerReadsBackEveryFieldOfEveryPatent() throws IOException {
    Path file = dir.resolve("register.cmp");

    PatentFile.write(file, weekly);

    assertThat(PatentFile.read(file)).isEqualTo(weekly);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void rewritingReplacesTheRegisterWhole() throws IOException {
    Path file = dir.resolve("register.cmp");
    PatentFile.write(file, weekly);

    PatentFile.write(file, weekly.subList(0, 1));

    assertThat(PatentFile.read(file)).extracting(Patent::number).containsExactly("11234567");
  }

  @Test
  void truncatedRegisterIsRefusedWithWhatToDo() throws IOException {
    Path file = dir.resolve("register.cmp");
    PatentFile.write(file, weekly);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 40));

    assertThatThrownBy(() -> PatentFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("truncated")
        .hasMessageContaining("clearmark patents import");
  }

  @Test
  void registerOfAnotherVersionIsRefused() throws IOException {
    Path file = dir.resolve("register.cmp");
    PatentFile.write(file, weekly);
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).putInt(8, 99);
    Files.write(file, bytes);

    assertThatThrownBy(() -> PatentFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("format 99")
        .hasMessageContaining("reads format " + PatentFile.FORMAT_VERSION);
  }

  @Test
  void damagedPayloadIsRefusedByItsChecksum() throws IOException {
    Path file = dir.resolve("register.cmp");
    PatentFile.write(file, weekly);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(file, bytes);

    assertThatThrownBy(() -> PatentFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("corrupt");
  }

  @Test
  void otherFileIsNotTakenForARegister() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "number,granted,claims\n");

    assertThatThrownBy(() -> PatentFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a Clearmark patent register");
  }
}
