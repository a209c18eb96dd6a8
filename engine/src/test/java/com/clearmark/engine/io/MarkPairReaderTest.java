package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkPairReaderTest {

  @TempDir Path dir;

  @Test
  void aDecidedPairCarriesItsSourceGoodsClassesAndFame() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("pairs.csv"),
            "a,b,label,signs,source,classes_a,classes_b,goods_a,goods_b,famous\n"
                + "DOMINO,DOMINO'S PIZZA,distinct,similar,us-court,30,,sugar,restaurant"
                + " services,yes\n");
    var pairs = MarkPairReader.read(file, true, p -> {});
    assertThat(pairs).hasSize(1);
    var p = pairs.get(0);
    assertThat(p.source()).isEqualTo("us-court");
    assertThat(p.classesA()).containsExactly(30);
    assertThat(p.classesB()).isEmpty();
    assertThat(p.goodsB()).isEqualTo("restaurant services");
    assertThat(p.famous()).isTrue();
  }

  @Test
  void aClassOutsideTheNiceClassificationNamesLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("pairs.csv"), "a,b,classes_b\nNIKE,NIKEE,25;46\n");
    var problems = new ArrayList<InputProblem>();
    assertThat(MarkPairReader.read(file, false, problems::add)).isEmpty();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString()).contains("pairs.csv:2").contains("classes_b");
  }

  @Test
  void fameIsYesOrNo() throws IOException {
    Path file = Files.writeString(dir.resolve("pairs.csv"), "a,b,famous\nNIKE,NIKEE,maybe\n");
    var problems = new ArrayList<InputProblem>();
    MarkPairReader.read(file, false, problems::add);
    assertThat(problems.get(0).toString()).contains("famous").contains("yes or no");
  }
}
