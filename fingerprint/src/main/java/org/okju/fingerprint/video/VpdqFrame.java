package org.okju.fingerprint.video;

import java.util.Objects;
import org.okju.fingerprint.PdqResult;

/**
 * The PDQ hash of one video frame.
 *
 * @param frameNumber the frame's 0-based index in decoding output order (every decoded frame
 *     counts, hashed or not), as the C++ reference numbers frames
 * @param pdq hash and quality of the frame
 * @param timestampSeconds {@code frameNumber / frameRate} computed in single precision (C++ {@code
 *     float}), as the reference does; the text format prints it with 3 decimals
 */
public record VpdqFrame(int frameNumber, PdqResult pdq, double timestampSeconds) {
  public VpdqFrame {
    Objects.requireNonNull(pdq, "pdq");
    if (frameNumber < 0) {
      throw new IllegalArgumentException("negative frame number: " + frameNumber);
    }
  }

  /** The frame's timestamp as the reference computes it: {@code (float) n / (float) fps}. */
  static double timestamp(long frameNumber, double frameRate) {
    return (float) frameNumber / (float) frameRate;
  }
}
