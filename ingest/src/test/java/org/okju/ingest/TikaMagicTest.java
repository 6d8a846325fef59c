package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/**
 * Tika's magic rules evaluated in place answer exactly what Tika's own detection answers: on every
 * reference file, on heads built to trigger each rule of the database, and on random heads.
 */
class TikaMagicTest {
  private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
  private static final TikaMagic MAGIC = TikaMagic.load(TIKA).orElseThrow();
  private static final int HEAD = TypeDetector.DETECT_BYTES;

  @Test
  void theRulesOfThisTikaAreReadable() {
    assertThat(MAGIC.magics()).hasSizeGreaterThan(800);
  }

  @Test
  void everyReferenceFileAndItsTruncationsGetTikasType() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(EvidenceTree.vectors())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path f : files) {
      byte[] all = Files.readAllBytes(f);
      for (int n : new int[] {1, 2, 3, 4, 8, 12, 16, 64, 512, 4096, HEAD}) {
        byte[] head = Arrays.copyOf(all, Math.min(n, all.length));
        assertSameAsTika(head, f + " first " + head.length + " bytes");
      }
    }
  }

  @Test
  void headsBuiltFromEveryRuleGetTikasType() {
    Random random = new Random(20261126);
    byte[] text =
        "The quick brown fox, 0,100,e27101 a line of text\n"
            .repeat(HEAD / 40)
            .getBytes(StandardCharsets.US_ASCII);
    int matched = 0;
    for (TikaMagic.Magic m : MAGIC.magics()) {
      for (boolean atEnd : new boolean[] {false, true}) {
        for (byte[] base : List.of(new byte[HEAD], Arrays.copyOf(text, HEAD))) {
          byte[] head = base.clone();
          int last = place(m.rule(), head, atEnd, random);
          String what = m.type() + " priority " + m.priority() + (atEnd ? " at end" : "");
          if (m.rule().matches(new MagicHead(head, head.length))) {
            matched++;
          }
          assertSameAsTika(head, what);
          if (last > 0 && last < head.length) {
            assertSameAsTika(Arrays.copyOf(head, last), what + ", truncated after the pattern");
          }
        }
      }
    }
    assertThat(matched).as("rules triggered by their built heads").isGreaterThan(1000);
  }

  @Test
  void randomHeadsGetTikasType() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      int n = random.nextInt(4) == 0 ? random.nextInt(16) : random.nextInt(HEAD + 1);
      byte[] head = new byte[n];
      if (random.nextBoolean()) {
        random.nextBytes(head);
      } else {
        for (int j = 0; j < n; j++) {
          head[j] = (byte) (random.nextInt(10) == 0 ? '\n' : ' ' + random.nextInt(95));
        }
      }
      assertSameAsTika(head, "random head of " + n + " bytes, seed " + seed);
    }
  }

  @Test
  void regularExpressionsOverARangeGetTikasType() {
    byte[] text = "a line of plain text\n".repeat(HEAD / 20).getBytes(StandardCharsets.ISO_8859_1);
    List<byte[]> inserts =
        List.of(
            "\n%AI5_FileFormat 3\r".getBytes(StandardCharsets.ISO_8859_1),
            "\r%AI5_FileFormat 5\n".getBytes(StandardCharsets.ISO_8859_1),
            new byte[] {(byte) 0xff, (byte) 0xf3},
            new byte[] {(byte) 0xff, (byte) 0xf1, 0, 0});
    for (byte[] base : List.of(new byte[HEAD], Arrays.copyOf(text, HEAD), new byte[700])) {
      for (byte[] insert : inserts) {
        for (int at : new int[] {0, 1, 511, 512, 513, 600, 4000, HEAD - insert.length}) {
          if (at + insert.length > base.length) {
            continue;
          }
          byte[] head = base.clone();
          System.arraycopy(insert, 0, head, at, insert.length);
          assertSameAsTika(head, new String(insert, StandardCharsets.ISO_8859_1) + " at " + at);
          assertSameAsTika(Arrays.copyOf(head, at + insert.length), "the same, head ends after it");
        }
      }
    }
  }

  @Test
  void aRegularExpressionsFirstCharsAreKnownOnlyWhenPlain() {
    assertThat(RegexStart.chars(java.util.regex.Pattern.compile("[\r\n]%AI5 [1-4]")))
        .satisfies(s -> assertThat(s['\r'] && s['\n'] && !s['%']).isTrue());
    assertThat(RegexStart.chars(java.util.regex.Pattern.compile("(?s)\\xFF[\\xF0\\xF1].{2}")))
        .satisfies(s -> assertThat(s[0xff] && !s[0xf0]).isTrue());
    assertThat(RegexStart.chars(java.util.regex.Pattern.compile("[\\xE3\\xF2-\\xF7]x")))
        .satisfies(s -> assertThat(s[0xe3] && s[0xf4] && !s[0xf8]).isTrue());
    for (String unknown :
        new String[] {"a?b", "a*b", "a{0,2}", "a|b", "(ab)", ".*x", "[^a]", "\\w", "^a", "(?i)a"}) {
      assertThat(RegexStart.chars(java.util.regex.Pattern.compile(unknown))).as(unknown).isNull();
    }
    assertThat(RegexStart.chars(java.util.regex.Pattern.compile("ab", 2))).isNull();
  }

  @Test
  void markupIsLeftToTika() {
    byte[] xml =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(MAGIC.detect(xml, xml.length)).isNull();
  }

  private static MediaType assertSameAsTika(byte[] head, String what) {
    MediaType fast = MAGIC.detect(head, head.length);
    if (fast == null) {
      return null;
    }
    MediaType tika;
    try {
      tika = TIKA.detect(new ByteArrayInputStream(head), new Metadata());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(fast).as(what).isEqualTo(tika);
    return fast;
  }

  /**
   * Writes bytes into {@code head} that satisfy {@code rule} where that can be done (byte patterns,
   * at the first or last offset of their range; every clause of an and; the first alternatives of
   * an or), masked bits random. Returns the end of the last byte written.
   */
  private static int place(MagicRule rule, byte[] head, boolean atEnd, Random random) {
    if (rule instanceof MagicRule.Bytes b) {
      int at = atEnd ? b.end() : b.begin();
      if (at + b.pattern().length > head.length) {
        return 0;
      }
      for (int j = 0; j < b.pattern().length; j++) {
        int free = ~b.mask()[j] & 0xff;
        head[at + j] = (byte) (b.pattern()[j] | (random.nextInt(256) & free));
      }
      return at + b.pattern().length;
    }
    List<MagicRule> parts = new ArrayList<>();
    if (rule instanceof MagicRule.All a) {
      parts.addAll(a.rules());
    } else if (rule instanceof MagicRule.Any a && !a.rules().isEmpty()) {
      parts.add(a.rules().get(0));
    } else if (rule instanceof MagicRule.AtLeast a) {
      parts.addAll(a.rules().subList(0, Math.min(a.rules().size(), a.min())));
    }
    int last = 0;
    for (MagicRule p : parts) {
      last = Math.max(last, place(p, head, atEnd, random));
    }
    return last;
  }
}
