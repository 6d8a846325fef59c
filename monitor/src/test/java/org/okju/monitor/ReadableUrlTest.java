package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A notice's reader sees a Korean site's URL as Hangul beside the exact, percent-encoded URL, and
 * never a reading that points elsewhere or hides characters.
 */
class ReadableUrlTest {
  @Test
  void aKoreanPathAndAnInternationalisedHostReadAsTheirLetters() {
    assertThat(
            ReadableUrl.of(
                "https://xn--vh3bn6fttj.example/%EC%98%81%EC%83%81/%ED%95%98%EB%8A%98_02.mp4?p=1"))
        .contains("https://사진방.example/영상/하늘_02.mp4?p=1");
  }

  @Test
  void escapedDelimitersSpacesAndAsciiStayAsWritten() {
    assertThat(ReadableUrl.of("https://example.com/a%2Fb%3Fc%20d%41.jpg")).isEmpty();
    assertThat(ReadableUrl.of("https://example.com/%EC%98%81%2F%EC%83%81"))
        .contains("https://example.com/영%2F상");
  }

  @Test
  void invisibleOrDirectionChangingCharactersAndBrokenUtf8StayEscaped() {
    // U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE, a lone continuation byte.
    assertThat(ReadableUrl.of("https://example.com/%E2%80%AEgpj.exe")).isEmpty();
    assertThat(ReadableUrl.of("https://example.com/a%E2%80%8Bb")).isEmpty();
    assertThat(ReadableUrl.of("https://example.com/%80%EC%98%81"))
        .contains("https://example.com/%80영");
    assertThat(ReadableUrl.of("not a url")).isEmpty();
  }
}
