package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.testkit.LowInformationPictures;

/** The one rule for grouping, hash-set matching and web sightings, on its own. */
class PictureMatchPolicyTest {
  private static final PictureMatchPolicy POLICY = PictureMatchPolicy.DEFAULT;

  private static PictureMatchPolicy.Picture picture(BufferedImage image, int quality) {
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(image));
    return new PictureMatchPolicy.Picture(
        Optional.of(PictureProfile.of(image, plane)),
        quality,
        Optional.of(PictureThumbnail.of(image, plane)));
  }

  private static PictureMatchPolicy.Picture profileOnly(
      int side, int colours, double dominant, double smooth, double transparent) {
    return new PictureMatchPolicy.Picture(
        Optional.of(
            new PictureProfile(
                side, side, colours, dominant, smooth, transparent, PictureRegion.WHOLE, false)),
        100,
        Optional.empty());
  }

  @Test
  void photosAreOrdinaryIconsGradientsAndScreenshotsLowAndAlmostEmptyPicturesNone() {
    assertThat(POLICY.information(profileOnly(800, 900, 0.05, 0.1, 0)))
        .isEqualTo(PictureMatchPolicy.Information.ORDINARY);
    assertThat(POLICY.information(picture(Pictures.photo("bridge-mods/aaa-orig.jpg"), 100)))
        .isEqualTo(PictureMatchPolicy.Information.ORDINARY);
    assertThat(POLICY.information(picture(LowInformationPictures.icon(2, true, 64), 100)))
        .isEqualTo(PictureMatchPolicy.Information.LOW);
    assertThat(POLICY.information(picture(LowInformationPictures.stampedGradient(1, 640, 400), 60)))
        .isEqualTo(PictureMatchPolicy.Information.LOW);
    assertThat(
            POLICY.information(
                picture(
                    LowInformationPictures.textScreenshot(
                        LowInformationPictures.chatLines(3, 12), 480, 640),
                    100)))
        .isEqualTo(PictureMatchPolicy.Information.LOW);
    assertThat(POLICY.information(picture(LowInformationPictures.symbolic(2, true, 64), 0)))
        .as("one grey drawn in transparency")
        .isEqualTo(PictureMatchPolicy.Information.NONE);
    assertThat(POLICY.information(profileOnly(16, 40, 0.2, 0.3, 0)))
        .as("too small for PDQ")
        .isEqualTo(PictureMatchPolicy.Information.NONE);
    assertThat(
            POLICY.information(
                new PictureMatchPolicy.Picture(Optional.empty(), 100, Optional.empty())))
        .as("a video frame, or an image from before profiles")
        .isEqualTo(PictureMatchPolicy.Information.ORDINARY);
  }

  @Test
  void againstABareHashALowInformationPictureNeedsACloseHashAndANearlyEmptyOneNone() {
    assertThat(POLICY.hashOnlyRadius(profileOnly(800, 900, 0.05, 0.1, 0), 31)).hasValue(31);
    assertThat(POLICY.hashOnlyRadius(profileOnly(64, 12, 0.6, 0.9, 0.3), 31))
        .hasValue(POLICY.settings().lowHashRadius());
    assertThat(POLICY.hashOnlyRadius(profileOnly(64, 1, 0.99, 1.0, 0), 31)).isEmpty();
    assertThat(POLICY.hashOnlyRadius(profileOnly(64, 6, 0.8, 0.95, 0.8), 31))
        .as("drawn mostly in transparency, which PDQ does not read")
        .isEmpty();
  }

  @Test
  void twoOrdinaryPicturesJoinOnTheirClosestMatchWithoutFurtherEvidence() {
    PictureMatchPolicy.Picture photo = profileOnly(800, 900, 0.05, 0.1, 0);
    PictureMatchPolicy.ViewMatch m =
        new PictureMatchPolicy.ViewMatch("full/orig", "full/orig", 12, 31);
    PictureMatchPolicy.Decision d = POLICY.judge(photo, photo, List.of(m));
    assertThat(d.joins()).isTrue();
    assertThat(d.match()).contains(m);
    assertThat(d.evidence()).isEmpty();
  }

  @Test
  void twoIconsSharingABadgeAreToldApartByTheirPixelsAndAnIconFromItsResizedCopyNot() {
    PictureMatchPolicy.Picture one = picture(LowInformationPictures.icon(0, true, 64), 100);
    PictureMatchPolicy.Picture other = picture(LowInformationPictures.icon(3, true, 64), 100);
    PictureMatchPolicy.Picture larger = picture(LowInformationPictures.icon(0, true, 128), 100);
    PictureMatchPolicy.ViewMatch whole =
        new PictureMatchPolicy.ViewMatch("full/orig", "full/orig", 20, 31);
    PictureMatchPolicy.Decision apart = POLICY.judge(one, other, List.of(whole));
    assertThat(apart.joins()).isFalse();
    assertThat(apart.evidence()).containsEntry("information", "low").containsKey("pixels");
    assertThat(POLICY.judge(one, larger, List.of(whole)).joins()).isTrue();
    // Without thumbnails (a partner's hash, a video frame) the close radius decides.
    PictureMatchPolicy.Picture bare =
        new PictureMatchPolicy.Picture(one.profile(), 100, Optional.empty());
    assertThat(POLICY.judge(bare, other, List.of(whole)).joins()).isFalse();
    assertThat(
            POLICY
                .judge(
                    bare,
                    other,
                    List.of(new PictureMatchPolicy.ViewMatch("full/orig", "full/orig", 4, 31)))
                .joins())
        .isTrue();
  }

  @Test
  void picturesWithNextToNothingInThemJoinOnlyWhenPixelIdentical() {
    PictureMatchPolicy.Picture a = picture(LowInformationPictures.symbolic(1, false, 64), 0);
    PictureMatchPolicy.Picture b = picture(LowInformationPictures.symbolic(4, false, 64), 0);
    PictureMatchPolicy.ViewMatch zero =
        new PictureMatchPolicy.ViewMatch("full/orig", "full/orig", 0, 31);
    assertThat(POLICY.judge(a, b, List.of(zero)).joins()).isFalse();
    assertThat(POLICY.judge(a, a, List.of(zero)).joins()).isTrue();
    assertThat(POLICY.judge(a, a, List.of(zero)).evidence()).containsEntry("pixelIdentical", true);
  }
}
