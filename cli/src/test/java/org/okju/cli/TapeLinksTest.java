package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TapeLinksTest {
  @ParameterizedTest(name = "{0} names tape {1}: {2}")
  @CsvSource({
    "tape12.mp4, 12, true",
    "tape_012.avi, 12, true",
    "테이프 #12.mp4, 12, true",
    "clip-21.mp4, 21, true",
    "12.mp4, 12, true",
    "tape120.mp4, 12, false",
    "tape1.mp4, 12, false",
    "img_0012.jpg, 12, false",
    "notes.txt, 12, false"
  })
  void aFileNamesATapeByATapeWordAndItsNumberOrByTheNumberAlone(
      String fileName, String number, boolean expected) {
    assertThat(TapeLinks.names(fileName, number)).isEqualTo(expected);
  }
}
