package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 25: the crop search of session 24 ran on every overlay candidate the comparison refused,
 * and nearly every such candidate is two unrelated pictures (4.7 CPU-ms each on 2,400 unrelated
 * pictures, copies/README.md). The search now stops after its quick look or its coarse search
 * unless the pictures already fit there; a cropped copy under a box still fits and is joined.
 */
class OverlayCropSearchGateTest {
  private static final String Q0291 = "reg-test-input/labelme-subset/q0291.jpg";

  @Test
  void differentPhotosMostlyStopTheCropSearchBeforeItsFineStages() {
    List<PictureMatchPolicy.Picture> photos = new ArrayList<>();
    for (String name : Pictures.DISTINCT) {
      photos.add(picture(Pictures.photo(name)));
    }
    int searched = 0;
    int fine = 0;
    for (int i = 0; i < photos.size(); i++) {
      for (int j = 0; j < photos.size(); j++) {
        if (i == j) {
          continue;
        }
        PictureMatchPolicy.Decision d =
            PictureMatchPolicy.DEFAULT.judgeOverlay(photos.get(i), photos.get(j), overlayMatch());
        assertThat(d.joins()).as("%s ~ %s", i, j).isFalse();
        if (!d.evidence().containsKey("cropSearch")) {
          continue; // refused before any comparison (no pixels to compare)
        }
        searched++;
        Map<?, ?> ways = (Map<?, ?>) d.evidence().get("cropSearch");
        for (Object way : ways.values()) {
          if ("fine".equals(((Map<?, ?>) way).get("stage"))) {
            fine++;
          }
        }
      }
    }
    assertThat(searched).isGreaterThan(photos.size() * 4);
    // Two similar street scenes of the vectors (q0003, q0004) fit well enough to be searched.
    assertThat(fine).as("ways searched to the end, of %s", 2 * searched).isLessThan(searched / 5);
  }

  @Test
  void aCroppedPhotoUnderABoxIsStillSearchedAndJoined() {
    BufferedImage photo = Pictures.photo(Q0291);
    BufferedImage copy =
        ImageEdits.blackBox(
            ImageEdits.crop(photo, 0.08, 0.05, 0.06, 0.07),
            new ImageEdits.BoxPlace(0.35, 0.3, 0.3, 0.35));
    PictureMatchPolicy.Decision d =
        PictureMatchPolicy.DEFAULT.judgeOverlay(picture(copy), picture(photo), overlayMatch());
    assertThat(d.joins()).as("%s", d.evidence()).isTrue();
    assertThat(d.evidence()).containsKey("crop");
  }

  /**
   * The cost the gate is for: a refused pair of different photos, both ways, costs a small part of
   * the 4.5 CPU-ms the whole search cost in session 24 (thread CPU time, after a warm-up round).
   */
  @Test
  void aRefusedPairOfDifferentPhotosCostsLittle() {
    List<PictureMatchPolicy.Picture> photos = new ArrayList<>();
    for (String name : Pictures.DISTINCT) {
      photos.add(picture(Pictures.photo(name)));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double perPair = 0;
    for (int round = 0; round < 3; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      int pairs = 0;
      for (int i = 0; i < photos.size(); i++) {
        for (int j = 0; j < photos.size(); j++) {
          if (i != j) {
            PictureMatchPolicy.DEFAULT.judgeOverlay(photos.get(i), photos.get(j), overlayMatch());
            pairs++;
          }
        }
      }
      perPair = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / pairs;
    }
    assertThat(perPair).as("CPU-ms a pair").isLessThan(1.5);
  }

  /** The crop search scores a trial by selections now, not sorts: the same values as a sort's. */
  @Test
  void aSelectionFindsWhatASortPutsThere() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      float[] values = new float[1 + random.nextInt(400)];
      for (int i = 0; i < values.length; i++) {
        // Few distinct values as well as many: ties are common in thumbnails' differences.
        values[i] = round % 2 == 0 ? random.nextInt(6) : (float) random.nextGaussian() * 40;
      }
      float[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      int k = random.nextInt(values.length);
      float[] selected = values.clone();
      assertThat(OverlayAlignment.select(selected, k)).isEqualTo(sorted[k]);
      float[] smallest = java.util.Arrays.copyOf(selected, k + 1);
      java.util.Arrays.sort(smallest);
      assertThat(smallest).containsExactly(java.util.Arrays.copyOf(sorted, k + 1));
    }
  }

  private static PictureMatchPolicy.ViewMatch overlayMatch() {
    return new PictureMatchPolicy.ViewMatch(
        LayoutPairs.OVERLAY_VIEW, LayoutPairs.OVERLAY_VIEW, 0, 0);
  }

  private static long item = 1;

  private static PictureMatchPolicy.Picture picture(BufferedImage image) {
    return Pictures.judgeable(item++, image);
  }
}
