package com.clearmark.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobOptionsTest {

  @Test
  void listingsMayBeRepeatedOrCommaSeparatedAndDefaultsAreTheClis() {
    var o =
        JobOptions.parse(
            "--listings",
            "a.csv,b/*.jsonl",
            "--listings",
            "s3a://bucket/c.parquet",
            "--index",
            "r.idx",
            "--output",
            "out",
            "--today",
            "2026-12-01");
    assertThat(o.listings()).containsExactly("a.csv", "b/*.jsonl", "s3a://bucket/c.parquet");
    assertThat(o.reviewThreshold()).isEqualTo(40);
    assertThat(o.blockThreshold()).isEqualTo(75);
    assertThat(o.learnCatalogue()).isTrue();
    assertThat(o.today()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(o.inputFormat()).isEqualTo(JobOptions.InputFormat.AUTO);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "--index r.idx --output o; --listings is required",
        "--listings a.csv --output o; --index is required",
        "--listings a.csv --index r.idx; --output is required",
        "--listings a.csv --index r.idx --output o --today 01/12/2026; expected a date as yyyy-MM-dd",
        "--listings a.csv --index r.idx --output o --review-threshold 80; must be below",
        "--listings a.csv --index r.idx --output o --input-format xml; expected auto, parquet or files",
        "--listings a.csv --index r.idx --output o --encoding klingon; unknown character set",
        "--listings a.csv --index r.idx --output o --partitions many; expected a whole number",
        "--listings a.csv --index r.idx --output o --previous o; must be different folders",
        "--listings a.csv --index r.idx --output o --colour; unknown option \"--colour\"",
        "--listings a.csv --index; --index needs a value"
      })
  void aMistakeIsNamedInOneLine(String args, String message) {
    assertThatThrownBy(() -> JobOptions.parse(args.split(" ")))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining(message);
  }
}
