package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 34: a photo cropped by a hair (0.5-1.7% a side) and covered by a black box. A crop was
 * compared only when a side was cut by more than 1.5%, so only the whole pictures were compared,
 * and there every edge of the photo lies a fraction of a cell off and the differences filled more
 * than one rectangle. The crop laid by its edges ({@link OverlayAlignment#laidByEdges}) is now
 * compared in its own frame whenever a side is cut at all ({@link OverlayAlignment.Crop#cutAtAll}).
 * The photos are the development half of the vectors (the bench's even positions); main joined 7 of
 * these 24 copies.
 */
class CopyCroppedByAHairUnderABoxTest {

  @Test
  void aPhotoCroppedByAHairUnderABoxJoinsItsPhotoAndNoOther() {
    Random random = new Random(11);
    List<String> photos = new ArrayList<>();
    for (int i = 0; i < Pictures.DISTINCT.size(); i += 2) {
      photos.add(Pictures.DISTINCT.get(i));
    }
    List<String> missed = new ArrayList<>();
    List<String> wronglyJoined = new ArrayList<>();
    for (int p = 0; p < photos.size(); p++) {
      BufferedImage photo = OneCopyAmongDistinctPhotos.resized(photos.get(p));
      BufferedImage other = OneCopyAmongDistinctPhotos.resized(photos.get((p + 1) % photos.size()));
      for (int draw = 0; draw < 4; draw++) {
        double l = 0.005 + random.nextDouble() * 0.012;
        double t = 0.005 + random.nextDouble() * 0.012;
        double r = 0.005 + random.nextDouble() * 0.012;
        double b = 0.005 + random.nextDouble() * 0.012;
        ImageEdits.BoxPlace place = ImageEdits.BoxPlace.random(random);
        BufferedImage copy = ImageEdits.blackBox(ImageEdits.crop(photo, l, t, r, b), place);
        String label = photos.get(p) + " draw " + draw;
        if (!Pictures.judgedAsOverlay(copy, photo).joins()) {
          missed.add(label);
        }
        if (Pictures.judgedAsOverlay(copy, other).joins()) {
          wronglyJoined.add(label);
        }
      }
    }
    assertThat(missed).isEmpty();
    assertThat(wronglyJoined).isEmpty();
  }
}
