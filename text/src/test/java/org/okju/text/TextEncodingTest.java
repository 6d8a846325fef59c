package org.okju.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okju.text.TextEncoding.Certainty;
import org.okju.text.TextEncoding.Detected;

class TextEncodingTest {
  static final String KOREAN =
      """
      2023년 5월 3일 맑음
      오늘 최사장을 신촌역 3번 출구에서 만났다. 300만원 받음, 내 몫은 30%.
      돌아오는 길에 편의점에 들러 라면을 샀다. 내일은 비가 온다고 한다.
      """;
  // 똠 and 햏 are outside KS X 1001: only CP949 (windows-949) encodes them.
  static final String KOREAN_EXTENDED = KOREAN + "별명은 똠방각하, 햏자라고 불렀다.\n";
  static final String JAPANESE =
      """
      きょうは朝から雨が降っていた。駅の北口で田中さんと会い、書類を受け取った。
      夜はカレーを食べて、早めに寝ることにした。明日は晴れるといいのだが。
      """;
  static final String FRENCH =
      "Le rendez-vous était prévu à la gare, près de l'entrée nord. Il a payé 200 € en espèces;"
          + " j'ai gardé ma part, évidemment.\n";
  static final String GERMAN =
      "Übergabe am Bahnhof, Ausgang Süd. Er hat 300 Euro gezahlt; das Geschäft läuft gut, größer"
          + " als erwartet.\n";
  static final String ENGLISH_SMART =
      "He said \u201cmeet me at the north gate\u201d \u2014 it\u2019s the usual place\u2026\n";

  static Stream<Arguments> textFiles() {
    return Stream.of(
        Arguments.of("Korean in EUC-KR", KOREAN, "EUC-KR", "EUC-KR"),
        Arguments.of(
            "Korean with CP949-only syllables", KOREAN_EXTENDED, "x-windows-949", "windows-949"),
        Arguments.of("Japanese in Shift-JIS", JAPANESE, "Shift_JIS", "Shift_JIS"),
        Arguments.of("French in Latin-1", FRENCH.replace("€", "EUR"), "ISO-8859-1", "ISO-8859-1"),
        Arguments.of("German in Latin-1", GERMAN, "ISO-8859-1", "ISO-8859-1"),
        Arguments.of("English with Windows quotes", ENGLISH_SMART, "windows-1252", "windows-1252"),
        Arguments.of("French with the euro sign", FRENCH, "windows-1252", "windows-1252"),
        Arguments.of("Korean in UTF-8", KOREAN, "UTF-8", "UTF-8"),
        Arguments.of("plain English", "meet at 10, bring the drive\n", "US-ASCII", "US-ASCII"));
  }

  @ParameterizedTest(name = "{0} is read as {3}")
  @MethodSource("textFiles")
  void aTextFileGetsItsEncoding(String what, String text, String encodeAs, String expected) {
    byte[] bytes = text.repeat(3).getBytes(Charset.forName(encodeAs));
    Detected d = TextEncoding.ofText(bytes, bytes.length, true);
    assertThat(d.name()).isEqualTo(expected);
    assertThat(d.decided()).isTrue();
    assertThat(TextEncoding.decode(bytes, bytes.length, d)).isEqualTo(text.repeat(3));
  }

  @ParameterizedTest(name = "{0} is text in {3} although Tika took it for binary")
  @MethodSource("textFiles")
  void aLegacyCodePageIsTextNotBinary(String what, String text, String encodeAs, String expected) {
    if (expected.equals("US-ASCII") || expected.equals("UTF-8")) {
      return; // Tika's own text test already takes these
    }
    byte[] bytes = text.repeat(3).getBytes(Charset.forName(encodeAs));
    assertThat(TextEncoding.ofBinary(bytes, bytes.length, true))
        .map(Detected::name)
        .contains(expected);
  }

  @Test
  void aPrefixCutInsideACharacterIsNoError() {
    byte[] euc = KOREAN.repeat(20).getBytes(Charset.forName("EUC-KR"));
    byte[] utf8 = KOREAN.repeat(20).getBytes(StandardCharsets.UTF_8);
    for (int cut = 1000; cut < 1006; cut++) {
      assertThat(TextEncoding.ofText(euc, cut, false).name())
          .as("cut at %d", cut)
          .isEqualTo("EUC-KR");
      assertThat(TextEncoding.ofText(utf8, cut, false).name())
          .as("cut at %d", cut)
          .isEqualTo("UTF-8");
    }
  }

  @Test
  void utf16IsFoundWithOrWithoutAByteOrderMark() {
    for (String text : new String[] {KOREAN, "meeting at the station, 10pm, bring 2 drives\n"}) {
      for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
        byte[] bare = text.repeat(4).getBytes(cs);
        assertThat(TextEncoding.ofBinary(bare, bare.length, true))
            .as("%s without a mark: %s", cs, text)
            .map(Detected::name)
            .contains(cs.name());
        byte[] marked = ("\uFEFF" + text).getBytes(cs);
        Detected d = TextEncoding.ofText(marked, marked.length, true);
        assertThat(d.name()).isEqualTo(cs.name());
        assertThat(d.certainty()).isEqualTo(Certainty.BOM);
        assertThat(TextEncoding.decode(marked, marked.length, d)).isEqualTo(text);
      }
    }
  }

  @Test
  void randomBytesAreNotText() {
    long seed = 20240516L;
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[4096];
      random.nextBytes(b);
      assertThat(TextEncoding.ofBinary(b, b.length, false))
          .as("seed %d, sample %d", seed, i)
          .isEmpty();
    }
  }

  @Test
  void controlBytesMakeBinaryEvenWhenTheRestDecodes() {
    byte[] euc = KOREAN.getBytes(Charset.forName("EUC-KR"));
    byte[] withNul = Arrays.copyOf(euc, euc.length + 4);
    assertThat(TextEncoding.ofBinary(withNul, withNul.length, true)).isEmpty();
  }

  @Test
  void aControlIsFoundWhereverItIsAndWhitespaceIsNone() {
    byte[] text =
        "tab\tline\nfeed\u000bform\fcr\resc\u001b end".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextEncoding.hasControls(text, text.length)).isFalse();
    for (int control : new int[] {0x00, 0x01, 0x08, 0x0e, 0x1a, 0x1c, 0x1f, 0x7f}) {
      for (int at : new int[] {0, text.length / 2, text.length - 1}) {
        byte[] b = text.clone();
        b[at] = (byte) control;
        assertThat(TextEncoding.hasControls(b, b.length)).as("0x%02x at %d", control, at).isTrue();
        assertThat(TextEncoding.hasControls(b, at)).as("before 0x%02x", control).isFalse();
      }
    }
    byte[] high = {(byte) 0x80, (byte) 0xff, (byte) 0x9f};
    assertThat(TextEncoding.hasControls(high, high.length)).isFalse();
  }

  @Test
  void undecidableTextIsLatin1AndSaysSo() {
    byte[] b =
        "total: \u0080\u0080\u0080 and \u0080\u0080\u0080\n".getBytes(StandardCharsets.ISO_8859_1);
    Detected d = TextEncoding.ofText(b, b.length, true);
    assertThat(d.certainty()).isEqualTo(Certainty.UNDECIDED);
    assertThat(d.decided()).isFalse();
    assertThat(d.name()).isEqualTo("ISO-8859-1");
    assertThat(TextEncoding.decode(b, b.length, d)).hasSize(b.length);
  }

  @Test
  void strictUtf8RefusesOverlongFormsAndSurrogates() {
    assertThat(Utf8.valid(new byte[] {(byte) 0xc0, (byte) 0xaf}, 2, true)).isFalse();
    assertThat(Utf8.valid(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, 3, true)).isFalse();
    assertThat(Utf8.valid(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 4, true))
        .isFalse();
    assertThat(Utf8.valid(new byte[] {(byte) 0xe2, (byte) 0x82}, 2, true)).isFalse();
    assertThat(Utf8.valid(new byte[] {(byte) 0xe2, (byte) 0x82}, 2, false)).isTrue();
    assertThat(Utf8.valid("€ ok".getBytes(StandardCharsets.UTF_8), 6, true)).isTrue();
  }
}
