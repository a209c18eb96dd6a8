package com.clearmark.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.Fixtures;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Thresholds;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFileTest {

  @TempDir Path dir;

  private Path savedRegistry() throws IOException {
    Path file = dir.resolve("registry.idx");
    IndexFile.write(Fixtures.registry(), file);
    return file;
  }

  @Test
  void loadedIndexScreensExactlyLikeTheCompiledOne() throws IOException {
    MarkIndex loaded = IndexFile.read(savedRegistry());
    MarkIndex compiled = Fixtures.registry();
    assertThat(loaded.marks()).isEqualTo(compiled.marks());
    assertThat(loaded.keyCount()).isEqualTo(compiled.keyCount());
    var fromFile = new Screener(loaded, Fixtures.seller(), Thresholds.DEFAULT);
    var fresh = Fixtures.screener();
    for (String title :
        new String[] {
          "N1ke Air shoes", "Replica Rolex", "Louis Vuiton bag", "Reebock classic",
          "Case for Samsung Galaxy", "Zorvix socks", "N.I.K.E tee", "Ｒｏｌｅｘ"
        }) {
      var listing = Fixtures.ownBrandListing().title(title).build();
      assertThat(fromFile.screen(listing)).as(title).isEqualTo(fresh.screen(listing));
    }
  }

  @Test
  void versionIsTheSameForTheSameRegistryAndChangesWithIt() throws IOException {
    Path first = savedRegistry();
    Path again = dir.resolve("again.idx");
    IndexFile.write(Fixtures.registry(), again);
    assertThat(IndexFile.version(again)).isEqualTo(IndexFile.version(first)).startsWith("f");

    var marks = new java.util.ArrayList<>(Fixtures.registry().marks());
    marks.remove(marks.size() - 1);
    Path smaller = dir.resolve("smaller.idx");
    IndexFile.write(MarkIndex.build(marks, false), smaller);
    assertThat(IndexFile.version(smaller)).isNotEqualTo(IndexFile.version(first));
  }

  /** Writes the fixture registry to the path given, in a JVM of its own. */
  public static final class WriteRegistry {
    public static void main(String[] args) throws IOException {
      IndexFile.write(Fixtures.registry(), Path.of(args[0]));
    }
  }

  @Test
  void theSameMarksGiveTheSameBytesInAnotherJvm() throws Exception {
    // Sets iterate in another order in each JVM; a version that changed with it would make every
    // incremental Spark run screen everything again.
    var files = new java.util.ArrayList<Path>();
    for (int i = 0; i < 2; i++) {
      Path file = dir.resolve("jvm" + i + ".idx");
      var process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  WriteRegistry.class.getName(),
                  file.toString())
              .inheritIO()
              .start();
      assertThat(process.waitFor()).isZero();
      files.add(file);
    }
    assertThat(IndexFile.version(files.get(1)))
        .isEqualTo(IndexFile.version(files.get(0)))
        .isEqualTo(IndexFile.version(savedRegistry()));
    assertThat(Files.mismatch(files.get(0), files.get(1))).as("first differing byte").isEqualTo(-1);
  }

  @Test
  void versionOfAFileThatIsNotAnIndexIsRefused() throws IOException {
    Path csv = Files.writeString(dir.resolve("marks.csv"), "mark\nNIKE\n".repeat(10));
    assertThatThrownBy(() -> IndexFile.version(csv))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a Clearmark index file");
  }

  @Test
  void fileThatIsNotAnIndexIsRefused() throws IOException {
    Path csv = Files.writeString(dir.resolve("marks.csv"), "mark\nNIKE\n".repeat(10));
    assertThatThrownBy(() -> IndexFile.read(csv))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("marks.csv")
        .hasMessageContaining("not a Clearmark index file");
  }

  @Test
  void corruptIndexIsRefusedByItsChecksum() throws IOException {
    Path file = savedRegistry();
    try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(raf.length() / 2);
      int b = raf.read();
      raf.seek(raf.length() / 2);
      raf.write(b ^ 0x5a);
    }
    assertThatThrownBy(() -> IndexFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("corrupt");
  }

  @Test
  void truncatedIndexIsRefused() throws IOException {
    Path file = savedRegistry();
    try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() - 100);
    }
    assertThatThrownBy(() -> IndexFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void indexFromAnotherVersionIsRefusedWithAdvice() throws IOException {
    Path file = savedRegistry();
    try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(8);
      raf.writeInt(IndexFile.FORMAT_VERSION + 1);
    }
    assertThatThrownBy(() -> IndexFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("another Clearmark version")
        .hasMessageContaining("clearmark index build");
  }

  @Test
  void missingIndexIsReportedByName() {
    assertThatThrownBy(() -> IndexFile.read(dir.resolve("nope.idx")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nope.idx")
        .hasMessageContaining("not found");
  }

  @Test
  void writingLeavesNoTemporaryFileBehind() throws IOException {
    savedRegistry();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("registry.idx");
    }
  }
}
