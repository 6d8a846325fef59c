package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relations the copy signals exist for: each edit lands near one of the original's views. */
class CopySignalsTest {
  private static final PdqHasher HASHER = new PdqHasher();
  private static final CopySignals SIGNALS = new CopySignals(HASHER);
  private static BufferedImage bridge;
  private static List<CopySignal> bridgeSignals;

  @BeforeAll
  static void hashTheBridge() throws Exception {
    bridge = new ImageDecoder().decode(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    bridgeSignals = signals(bridge);
  }

  private static List<CopySignal> signals(BufferedImage img) {
    PdqScratch scratch = new PdqScratch();
    LumaSource luma = ImageLuma.of(img);
    return SIGNALS.of(luma, HASHER.dihedral(luma, EnumSet.allOf(Dihedral.class), scratch), scratch);
  }

  private static Pdq256 fullHash(List<CopySignal> s) {
    return s.stream()
        .filter(c -> c.kind() == CopySignalKind.FULL && c.orientation() == Dihedral.ORIGINAL)
        .findFirst()
        .orElseThrow()
        .hash();
  }

  /** Smallest distance between any view of {@code a} and any view of {@code b}. */
  private static int closest(List<CopySignal> a, List<CopySignal> b) {
    int best = 256;
    for (CopySignal x : a) {
      for (CopySignal y : b) {
        best = Math.min(best, x.hash().distance(y.hash()));
      }
    }
    return best;
  }

  private static BufferedImage withBars(BufferedImage src, int top, int side, Color colour) {
    BufferedImage out =
        new BufferedImage(
            src.getWidth() + 2 * side, src.getHeight() + 2 * top, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(src, side, top, null);
    g.dispose();
    return out;
  }

  private static BufferedImage crop(
      BufferedImage src, double left, double top, double right, double bottom) {
    int x = (int) (src.getWidth() * left);
    int y = (int) (src.getHeight() * top);
    int w = src.getWidth() - x - (int) (src.getWidth() * right);
    int h = src.getHeight() - y - (int) (src.getHeight() * bottom);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.drawImage(src.getSubimage(x, y, w, h), 0, 0, null);
    g.dispose();
    return out;
  }

  @Test
  void letterboxAndPillarboxBarsOfAnyColourAreSeenPast() {
    for (Color c : new Color[] {Color.BLACK, Color.WHITE, new Color(200, 30, 60)}) {
      List<CopySignal> boxed = signals(withBars(bridge, 180, 0, c));
      assertThat(fullHash(boxed).distance(fullHash(bridgeSignals))).isGreaterThan(31);
      assertThat(closest(boxed, bridgeSignals)).as("letterbox %s", c).isLessThanOrEqualTo(20);
      List<CopySignal> pillar = signals(withBars(bridge, 0, 300, c));
      assertThat(closest(pillar, bridgeSignals)).as("pillarbox %s", c).isLessThanOrEqualTo(20);
    }
  }

  @Test
  void theReferenceLetterboxedSampleMatchesItsOriginal() throws Exception {
    ImageDecoder decoder = new ImageDecoder();
    List<CopySignal> boxed =
        signals(
            decoder.decode(
                TestVectors.file(
                    "python-threatexchange/threatexchange/tests/hashing/resources/"
                        + "letterboxed_sample-b.jpg")));
    assertThat(closest(boxed, bridgeSignals)).isLessThanOrEqualTo(20);
  }

  @Test
  void symmetricAndOneSidedCropsLandNearACropView() {
    // PDQ moves ~30 bits for a 2-3% shift of this photo, so views only catch crops close to their
    // own; arbitrary crops need the alignment check of copy grouping.
    double[][] crops = {
      {0.10, 0.10, 0.10, 0.10},
      {0.05, 0.05, 0.05, 0.05},
      {0, 0.10, 0, 0},
      {0.10, 0, 0, 0},
      {0, 0, 0.10, 0},
      {0, 0, 0, 0.10},
      {0.045, 0.055, 0.05, 0.05}
    };
    for (double[] c : crops) {
      BufferedImage cropped = crop(bridge, c[0], c[1], c[2], c[3]);
      int d = closest(List.of(signals(cropped).get(0)), bridgeSignals);
      assertThat(d).as("crop %s", java.util.Arrays.toString(c)).isLessThanOrEqualTo(31);
    }
  }

  @Test
  void anUnrelatedPhotoStaysFarFromEveryView() throws Exception {
    BufferedImage pen =
        new ImageDecoder().decode(TestVectors.file("pdq/data/reg-test-input/pen-and-coaster.png"));
    assertThat(closest(signals(pen), bridgeSignals)).isGreaterThan(60);
  }

  @Test
  void aPictureWithoutBordersHasNoContentView() {
    assertThat(bridgeSignals).noneMatch(s -> s.kind() == CopySignalKind.CONTENT);
    assertThat(bridgeSignals).filteredOn(s -> s.kind() == CopySignalKind.FULL).hasSize(8);
  }

  /** The clip scaled into a dark player's window of 1280x720 with its bars and progress bar. */
  private static BufferedImage inPlayer(BufferedImage clip) {
    return PlayerWindow.around(clip, 160, 82, 960, 540, "");
  }

  private static List<CopySignal> contentViews(List<CopySignal> s) {
    return s.stream().filter(c -> c.kind() == CopySignalKind.CONTENT).toList();
  }

  @Test
  void everyVideoFrameInAPlayersWindowHasAContentViewOfTheClipAlone() {
    BufferedImage frame = inPlayer(bridge);
    PdqScratch scratch = new PdqScratch();
    Pdq256 clip = fullHash(bridgeSignals);
    // The frames between vPDQ's (upright views only) and vPDQ's own (every view).
    for (List<CopySignal> views :
        List.of(
            SIGNALS.upright(ImageLuma.of(frame), scratch),
            SIGNALS.videoFrame(ImageLuma.of(frame), scratch))) {
      assertThat(fullHash(views).distance(clip)).isGreaterThan(31);
      // The case stores one view per frame, kind, orientation and cell (CopySignalPack).
      assertThat(views)
          .extracting(CopySignal::kind, CopySignal::orientation, CopySignal::cell)
          .doesNotHaveDuplicates();
      assertThat(contentViews(views))
          .anySatisfy(
              c -> {
                assertThat(c.orientation()).isEqualTo(Dihedral.ORIGINAL);
                assertThat(c.hash().distance(clip)).isLessThanOrEqualTo(24);
              });
    }
  }

  @Test
  void aDifferentClipInTheSamePlayerHasNoViewNearTheFirst() throws Exception {
    BufferedImage pen =
        new ImageDecoder().decode(TestVectors.file("pdq/data/reg-test-input/pen-and-coaster.png"));
    PdqScratch scratch = new PdqScratch();
    List<CopySignal> bridgeFrame = SIGNALS.upright(ImageLuma.of(inPlayer(bridge)), scratch);
    List<CopySignal> penFrame = SIGNALS.upright(ImageLuma.of(inPlayer(pen)), scratch);
    assertThat(closest(contentViews(bridgeFrame), contentViews(penFrame))).isGreaterThan(60);
  }
}
