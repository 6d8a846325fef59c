package org.okju.fingerprint;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * From the 64x64 decimated luma to hash bits: the image-domain quality metric, the 16x16
 * low-frequency corner of the 2-D DCT, the median threshold, and the dihedral variants derived from
 * the one DCT by sign flips and transposition. Mirrors {@code PDQHasher.dct64To16}, {@code
 * computePDQImageDomainQualityMetric}, {@code pdqBuffer16x16ToBits} and {@code dct16OriginalTo*} of
 * the Java reference, operation for operation.
 *
 * <p>Immutable and thread-safe; buffers come from {@link PdqScratch}.
 */
final class PdqDct {
  // 16x64, row-major: D[i][j] = sqrt(2/64) * cos(pi/2/64 * (i+1) * (2j+1)), rounded to float.
  private final float[] matrix = new float[16 * 64];

  PdqDct() {
    float scale = (float) Math.sqrt(2.0 / 64.0);
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 64; j++) {
        matrix[i * 64 + j] =
            (float) (scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1)));
      }
    }
  }

  /** The reference's gradient-sum quality, 0..100, of a 64x64 block. */
  static int quality(float[] block64) {
    int gradientSum = 0;
    for (int i = 0; i < 63; i++) {
      for (int j = 0; j < 64; j++) {
        float u = block64[i * 64 + j];
        float v = block64[(i + 1) * 64 + j];
        gradientSum += Math.abs((int) (((u - v) * 100) / 255));
      }
    }
    for (int i = 0; i < 64; i++) {
      for (int j = 0; j < 63; j++) {
        float u = block64[i * 64 + j];
        float v = block64[i * 64 + j + 1];
        gradientSum += Math.abs((int) (((u - v) * 100) / 255));
      }
    }
    return Math.min(gradientSum / 90, 100);
  }

  /**
   * B = D A D^T for the 16 lowest non-DC frequencies. The k-sums accumulate in ascending k, one
   * float rounding per step, as the reference's triple loops do; only the loop nest is reordered so
   * the innermost loop runs over contiguous memory.
   */
  void dct64To16(float[] a64, float[] t16x64, float[] b16x16) {
    final float[] d = matrix;
    java.util.Arrays.fill(t16x64, 0f);
    for (int i = 0; i < 16; i++) {
      int tBase = i * 64;
      for (int k = 0; k < 64; k++) {
        float dik = d[i * 64 + k];
        int aBase = k * 64;
        for (int j = 0; j < 64; j++) {
          t16x64[tBase + j] += dik * a64[aBase + j];
        }
      }
    }
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 16; j++) {
        float sum = 0f;
        for (int k = 0; k < 64; k++) {
          sum += t16x64[i * 64 + k] * d[j * 64 + k];
        }
        b16x16[i * 16 + j] = sum;
      }
    }
  }

  /** Bit (i,j) is set when coefficient (i,j) is strictly above the median of all 256. */
  static Pdq256 toBits(float[] b16x16) {
    float median = torbenMedian(b16x16);
    boolean[] bits = new boolean[256];
    for (int k = 0; k < 256; k++) {
      bits[k] = b16x16[k] > median;
    }
    return Pdq256.ofBitIndexes(bits);
  }

  /**
   * Torben Mogensen's median (public-domain algorithm, N. Devillard's implementation, as ported in
   * the reference's {@code MatrixUtil.torben}); returns the exact element it selects.
   */
  static float torbenMedian(float[] m) {
    int n = m.length;
    int half = (n + 1) / 2;
    float min = m[0];
    float max = m[0];
    for (float v : m) {
      if (v < min) {
        min = v;
      }
      if (v > max) {
        max = v;
      }
    }
    int less;
    int greater;
    int equal;
    float guess;
    float maxLessThanGuess;
    float minGreaterThanGuess;
    while (true) {
      guess = (min + max) / 2;
      less = 0;
      greater = 0;
      equal = 0;
      maxLessThanGuess = min;
      minGreaterThanGuess = max;
      for (float v : m) {
        if (v < guess) {
          less++;
          if (v > maxLessThanGuess) {
            maxLessThanGuess = v;
          }
        } else if (v > guess) {
          greater++;
          if (v < minGreaterThanGuess) {
            minGreaterThanGuess = v;
          }
        } else {
          equal++;
        }
      }
      if (less <= half && greater <= half) {
        break;
      } else if (less > greater) {
        max = maxLessThanGuess;
      } else {
        min = minGreaterThanGuess;
      }
    }
    if (less >= half) {
      return maxLessThanGuess;
    } else if (less + equal >= half) {
      return guess;
    } else {
      return minGreaterThanGuess;
    }
  }

  /** Hashes of the requested variants from the original orientation's 16x16 DCT. */
  static Map<Dihedral, Pdq256> dihedralHashes(
      float[] b16x16, float[] aux16x16, EnumSet<Dihedral> variants) {
    Map<Dihedral, Pdq256> out = new EnumMap<>(Dihedral.class);
    for (Dihedral v : variants) {
      transform(v, b16x16, aux16x16);
      out.put(v, toBits(aux16x16));
    }
    return out;
  }

  /**
   * The sign and transposition pattern of each variant (reference comment table): even-indexed
   * frequencies are symmetric, odd ones change sign under a flip along their axis.
   */
  static void transform(Dihedral v, float[] a, float[] b) {
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 16; j++) {
        float x = a[i * 16 + j];
        switch (v) {
          case ORIGINAL -> b[i * 16 + j] = x;
          case ROTATE_90 -> b[j * 16 + i] = (j & 1) != 0 ? x : -x;
          case ROTATE_180 -> b[i * 16 + j] = ((i + j) & 1) != 0 ? -x : x;
          case ROTATE_270 -> b[j * 16 + i] = (i & 1) != 0 ? x : -x;
          case FLIP_X -> b[i * 16 + j] = (i & 1) != 0 ? x : -x;
          case FLIP_Y -> b[i * 16 + j] = (j & 1) != 0 ? x : -x;
          case FLIP_PLUS_1 -> b[j * 16 + i] = x;
          case FLIP_MINUS_1 -> b[j * 16 + i] = ((i + j) & 1) != 0 ? -x : x;
        }
      }
    }
  }
}
