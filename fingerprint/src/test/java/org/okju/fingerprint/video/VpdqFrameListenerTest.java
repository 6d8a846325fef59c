package org.okju.fingerprint.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.CopySignalKind;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;

class VpdqFrameListenerTest {
  @Test
  void aListenerSeesEveryHashedFrameAndLeavesTheVpdqOutputUnchanged() throws Exception {
    VpdqHasher hasher = new VpdqHasher();
    VpdqOptions options = VpdqOptions.everySeconds(1);
    List<VpdqFrame> plain = hasher.hash(VideoVectors.video("doorknob-hd-no-bar"), options);
    PdqHasher pdq = new PdqHasher();
    CopySignals signals = new CopySignals(pdq);
    PdqScratch scratch = new PdqScratch();
    List<Integer> rehashedDistance = new ArrayList<>();
    List<Integer> reducedFullDistance = new ArrayList<>();
    List<VpdqFrame> heard = new ArrayList<>();
    List<VpdqFrame> withListener =
        hasher.hash(
            VideoVectors.video("doorknob-hd-no-bar"),
            options,
            (frame, luma) -> {
              heard.add(frame);
              rehashedDistance.add(pdq.hash(luma, scratch).hash().distance(frame.pdq().hash()));
              CopySignal full =
                  signals.of(luma, scratch).stream()
                      .filter(
                          s ->
                              s.kind() == CopySignalKind.FULL
                                  && s.orientation() == Dihedral.ORIGINAL)
                      .findFirst()
                      .orElseThrow();
              reducedFullDistance.add(full.hash().distance(frame.pdq().hash()));
            });

    assertThat(withListener).isEqualTo(plain);
    assertThat(heard).isEqualTo(plain);
    assertThat(rehashedDistance).allMatch(d -> d == 0);
    // The reduced plane's FULL view is okju's own, near the frame's vPDQ hash, not equal to it.
    assertThat(reducedFullDistance).allMatch(d -> d <= 16);
  }

  @Test
  void denseListenerFramesIncludeEveryVpdqFrameAndLeaveTheOutputUnchanged() throws Exception {
    VpdqHasher hasher = new VpdqHasher();
    VpdqOptions options = VpdqOptions.everySeconds(1);
    List<VpdqFrame> plain = hasher.hash(VideoVectors.video("doorknob-hd-no-bar"), options);
    List<VpdqFrame> heard = new ArrayList<>();
    List<VpdqFrame> heardInVpdq = new ArrayList<>();
    List<VpdqFrame> dense =
        hasher.hash(
            VideoVectors.video("doorknob-hd-no-bar"),
            options,
            4,
            (frame, luma, inVpdq) -> {
              heard.add(frame);
              if (inVpdq) {
                heardInVpdq.add(frame);
              }
            });
    assertThat(dense).isEqualTo(plain);
    assertThat(heardInVpdq).isEqualTo(plain);
    assertThat(heard.size()).isBetween(4 * plain.size() - 4, 5 * plain.size() + 1);
  }

  @Test
  void theDenseStepIsTheLargestDivisorOfTheVpdqStepWithinTheShare() {
    assertThat(VpdqHasher.denseStep(30, 4)).isEqualTo(6);
    assertThat(VpdqHasher.denseStep(25, 4)).isEqualTo(5);
    assertThat(VpdqHasher.denseStep(24, 4)).isEqualTo(6);
    assertThat(VpdqHasher.denseStep(29, 4)).isEqualTo(1);
    assertThat(VpdqHasher.denseStep(30, 1)).isEqualTo(30);
    assertThat(VpdqHasher.denseStep(1, 4)).isEqualTo(1);
  }
}
