package com.clearmark.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportServiceTest {

  @Test
  void anUploadedFileNameIsOnlyEverItsLastSegmentWithoutControlCharacters() {
    assertThat(ImportService.displayName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(ImportService.displayName("C:\\Users\\me\\listings.txt")).isEqualTo("listings.txt");
    assertThat(ImportService.displayName("cat\u0000alogue\n.csv")).isEqualTo("catalogue.csv");
    assertThat(ImportService.displayName("")).isEqualTo("upload");
    assertThat(ImportService.displayName(null)).isEqualTo("upload");
  }
}
