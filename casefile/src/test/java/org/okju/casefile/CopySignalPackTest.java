package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopySignalPackTest {
  private static final Comparator<Copies.Signal> ROW_ORDER =
      Comparator.comparingLong(Copies.Signal::frameNumber)
          .thenComparing(Copies.Signal::kind)
          .thenComparing(Copies.Signal::orientation);

  @Test
  void aPhotosViewsComeBackExactlyInRowOrderAtFortyBytesAView() {
    List<Copies.Signal> photo = CopiesContract.views(Copies.IMAGE, 0, true, 3);
    byte[] record = CopySignalPack.encode(photo);
    CopySignalPack pack = CopySignalPack.decode(record, "item 1");

    assertThat(pack.signals()).containsExactlyElementsOf(photo.stream().sorted(ROW_ORDER).toList());
    assertThat(pack.frames()).isEqualTo(1);
    assertThat(record.length).isEqualTo(16 + 16 + 154 * 40 + 4);
    for (int i = 0; i < pack.size(); i++) {
      Copies.Signal s = pack.signal(i);
      assertThat(s.pdq().toHex())
          .isEqualTo(
              String.format(
                  "%016x%016x%016x%016x",
                  pack.word(i, 0), pack.word(i, 1), pack.word(i, 2), pack.word(i, 3)));
    }
  }

  @Test
  void videoFramesKeepTheirNumbersAndTimestampsExactly() {
    List<Copies.Signal> frames = new ArrayList<>();
    for (int f = 0; f < 50; f++) {
      frames.addAll(CopiesContract.views(6L * f, f * 0.2002, false, f));
    }
    frames.add(new Copies.Signal(Long.MAX_VALUE, 1e9 + 0.1, "full", "orig", CopiesContract.A, 0));
    CopySignalPack pack = CopySignalPack.decode(CopySignalPack.encode(frames), "item 2");

    assertThat(pack.signals())
        .containsExactlyElementsOf(frames.stream().sorted(ROW_ORDER).toList());
    assertThat(pack.frames()).isEqualTo(51);
  }

  @Test
  void namesOutsideTheVocabularyAreKeptVerbatim() {
    List<Copies.Signal> odd =
        List.of(
            new Copies.Signal(-1, 0, "crop-anchor-7", "orig", CopiesContract.A, 10),
            new Copies.Signal(-1, 0, "crop-anchor-0007", "orig", CopiesContract.A, 10),
            new Copies.Signal(-1, 0, "rotate-3", "flipx", CopiesContract.B, 20),
            new Copies.Signal(-1, 0, "rotate-3", "skewed", CopiesContract.B, 30),
            new Copies.Signal(-1, 0, "crop-probe-", "orig", CopiesContract.B, 40),
            new Copies.Signal(-1, 0, "crop-anchor-4095", "orig", CopiesContract.B, 50),
            new Copies.Signal(-1, 0, "crop-anchor-4096", "orig", CopiesContract.B, 60),
            new Copies.Signal(-1, 0, "이미지", "orig", CopiesContract.B, 70));
    CopySignalPack pack = CopySignalPack.decode(CopySignalPack.encode(odd), "item 3");

    assertThat(pack.signals()).containsExactlyElementsOf(odd.stream().sorted(ROW_ORDER).toList());
  }

  @Test
  void twoSignalsOfOneFrameKindAndOrientationAreRefused() {
    Copies.Signal s = new Copies.Signal(-1, 0, "full", "orig", CopiesContract.A, 10);
    assertThatThrownBy(() -> CopySignalPack.encode(List.of(s, s)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("full/orig");
    assertThatThrownBy(
            () ->
                CopySignalPack.encode(
                    List.of(new Copies.Signal(-1, 0, "full", "orig", CopiesContract.A, 256))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("256");
  }

  @Test
  void everySingleBitFlipAndEveryTruncationIsCaughtNamingTheRecord() {
    byte[] record =
        CopySignalPack.encode(CopiesContract.views(Copies.IMAGE, 0, false, 4).subList(0, 5));
    for (int bit = 0; bit < record.length * 8; bit++) {
      byte[] damaged = record.clone();
      damaged[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThatThrownBy(() -> CopySignalPack.decode(damaged, "item 9"))
          .as("bit %d", bit)
          .isInstanceOf(CorruptSignalPackException.class)
          .hasMessageContaining("item 9");
    }
    for (int length = 0; length < record.length; length++) {
      byte[] cut = Arrays.copyOf(record, length);
      assertThatThrownBy(() -> CopySignalPack.decode(cut, "item 9"))
          .as("%d bytes", length)
          .isInstanceOf(CorruptSignalPackException.class);
    }
  }

  @Test
  void aRecordOfAnotherVersionSaysWhichItIs() {
    byte[] record = CopySignalPack.encode(CopiesContract.views(Copies.IMAGE, 0, false, 5));
    record[4] = 2;
    assertThatThrownBy(() -> CopySignalPack.decode(record, "item 4"))
        .isInstanceOfSatisfying(
            UnsupportedSignalPackVersionException.class,
            e -> {
              assertThat(e.actual()).isEqualTo(2);
              assertThat(e.expected()).isEqualTo(CopySignalPack.VERSION);
              assertThat(e.resource()).isEqualTo("item 4");
            });
  }

  @Test
  void anEmptyListIsARecordOfNoViews() {
    CopySignalPack pack = CopySignalPack.decode(CopySignalPack.encode(List.of()), "item 5");
    assertThat(pack.size()).isZero();
    assertThat(pack.frames()).isZero();
  }
}
