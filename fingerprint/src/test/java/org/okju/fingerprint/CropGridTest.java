package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crop grid's promise: a crop at any offset meets its original, an unrelated photo does not.
 */
class CropGridTest {
  private static final CropGrid GRID = new CropGrid(new PdqHasher());
  private static BufferedImage bridge;
  private static List<CopySignal> bridgeGrid;

  @BeforeAll
  static void hashTheBridge() throws Exception {
    bridge = new ImageDecoder().decode(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    bridgeGrid = grid(bridge);
  }

  private static List<CopySignal> grid(BufferedImage image) {
    return GRID.views(ReducedLumaPlane.of(ImageLuma.of(image)), new PdqScratch());
  }

  /** Smallest distance from a probe of {@code copy} to an anchor of {@code original}. */
  private static int closest(List<CopySignal> original, List<CopySignal> copy) {
    int best = 256;
    for (CopySignal a : original) {
      for (CopySignal p : copy) {
        if (a.kind() == CopySignalKind.CROP_ANCHOR && p.kind() == CopySignalKind.CROP_PROBE) {
          best = Math.min(best, a.hash().distance(p.hash()));
        }
      }
    }
    return best;
  }

  private static BufferedImage crop(BufferedImage in, double l, double t, double r, double b) {
    int x = (int) Math.round(in.getWidth() * l);
    int y = (int) Math.round(in.getHeight() * t);
    int w = in.getWidth() - x - (int) Math.round(in.getWidth() * r);
    int h = in.getHeight() - y - (int) Math.round(in.getHeight() * b);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.getGraphics().drawImage(in.getSubimage(x, y, w, h), 0, 0, null);
    return out;
  }

  @Test
  void everyPictureHasAnAnchorForEachCentreAndAProbeForEachMagnification() {
    assertThat(bridgeGrid)
        .filteredOn(s -> s.kind() == CopySignalKind.CROP_ANCHOR)
        .hasSize(CropGrid.ANCHOR_CELLS)
        .extracting(CopySignal::orientation)
        .containsOnly(Dihedral.ORIGINAL);
    // The upright probes in three orientations (as is, mirrored either way), the turned ones as is.
    assertThat(bridgeGrid)
        .filteredOn(s -> s.kind() == CopySignalKind.CROP_PROBE)
        .hasSize(CropGrid.SCALES * 3 + CropGrid.PROBE_CELLS - CropGrid.SCALES);
    assertThat(bridgeGrid)
        .filteredOn(s -> s.kind() == CopySignalKind.CROP_PROBE)
        .extracting(CopySignal::orientation)
        .containsOnly(Dihedral.ORIGINAL, Dihedral.FLIP_X, Dihedral.FLIP_Y);
    assertThat(bridgeGrid)
        .extracting(s -> s.kindLabel() + "/" + s.orientation().label())
        .contains(
            "crop-anchor-000/orig",
            "crop-anchor-080/orig",
            "crop-anchor-123/orig",
            "crop-probe-00/orig",
            "crop-probe-10/flipx",
            "crop-probe-32/orig")
        .doesNotHaveDuplicates();
  }

  @Test
  void cropsOfUpToTenPercentASideAtAnyOffsetsMeetTheOriginal() {
    Random random = new Random(11);
    List<Integer> distances = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      BufferedImage copy =
          crop(
              bridge,
              random.nextDouble() * 0.1,
              random.nextDouble() * 0.1,
              random.nextDouble() * 0.1,
              random.nextDouble() * 0.1);
      distances.add(closest(bridgeGrid, grid(copy)));
    }
    // Copy grouping accepts a crop-grid match up to 36 (GroupingSettings.cropRadius).
    assertThat(distances).allMatch(d -> d <= 36);
  }

  @Test
  void anUnrelatedPhotoMeetsNoAnchor() throws Exception {
    BufferedImage other =
        new ImageDecoder().decode(TestVectors.file("pdq/data/reg-test-input/pen-and-coaster.png"));
    assertThat(closest(bridgeGrid, grid(other))).isGreaterThan(72);
    assertThat(closest(grid(other), bridgeGrid)).isGreaterThan(72);
  }

  @Test
  void aPictureTooSmallToCropHasNoGrid() {
    assertThat(
            GRID.views(
                ReducedLumaPlane.of(ImageLuma.of(new BufferedImage(18, 12, 1))), new PdqScratch()))
        .isEmpty();
  }
}
