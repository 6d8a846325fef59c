package org.okju.testkit;

import java.util.List;

/**
 * The distinct scenes among the PDQ test vectors' photos, relative to {@code pdq/data}: outdoor,
 * street and object scenes, some alike. bridge-mods, dih and exif-rotn hold copies of one photo, so
 * only one of each is here. The photos the copies tests and {@code okju bench copies} edit.
 */
public final class ReferencePhotos {
  private ReferencePhotos() {}

  public static final List<String> DISTINCT =
      List.of(
          "bridge-mods/aaa-orig.jpg",
          "reg-test-input/pen-and-coaster.png",
          "reg-test-input/exif-rotn/exif-rotn-1.jpg",
          "reg-test-input/labelme-subset/q0003.jpg",
          "reg-test-input/labelme-subset/q0004.jpg",
          "reg-test-input/labelme-subset/q0122.jpg",
          "reg-test-input/labelme-subset/q0291.jpg",
          "reg-test-input/labelme-subset/q0746.jpg",
          "reg-test-input/labelme-subset/q1050.jpg",
          "reg-test-input/labelme-subset/q2821.jpg",
          "misc-images/c.png");
}
