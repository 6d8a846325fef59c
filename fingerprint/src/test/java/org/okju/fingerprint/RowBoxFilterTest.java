package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowBoxFilterTest {
  @Test
  void reciprocalMultiplicationInDoubleEqualsFloatDivisionForLumaSums() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int window = 1; window <= 400; window++) {
      double[] reciprocals = RowBoxFilter.reciprocals(window);
      for (int i = 0; i < 20_000; i++) {
        int count = 1 + random.nextInt(window);
        // Luma sums and differences: 0..255*count, and small residues from cancellation.
        float sum =
            i % 4 == 0
                ? (float) (random.nextDouble() * 1e-3)
                : (float) (random.nextDouble() * 255.0 * count);
        float expected = sum / count;
        float actual = (float) (sum * reciprocals[count]);
        assertThat(Float.floatToRawIntBits(actual))
            .as("seed %d: %s / %d", seed, sum, count)
            .isEqualTo(Float.floatToRawIntBits(expected));
      }
    }
  }

  @Test
  void eightRowFilterEqualsTheReferenceOneDimensionalFilterOnEveryRow() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int width : new int[] {1, 2, 3, 7, 64, 129, 1000}) {
      int window = JaroszDownsampler.windowSize(width) + random.nextInt(3);
      window = Math.min(window, width);
      float[][] in = new float[8][width];
      float[][] out = new float[8][width];
      for (float[] row : in) {
        for (int x = 0; x < width; x++) {
          row[x] = (float) (random.nextDouble() * 255);
        }
      }
      RowBoxFilter.filter8(in, out, width, window, RowBoxFilter.reciprocals(window));
      for (int r = 0; r < 8; r++) {
        assertThat(out[r])
            .as("seed %d width %d row %d", seed, width, r)
            .containsExactly(referenceBox(in[r], window));
      }
    }
  }

  // The four-phase running sum of the PDQ references, written plainly.
  private static float[] referenceBox(float[] in, int window) {
    int n = in.length;
    float[] out = new float[n];
    int half = (window + 2) / 2;
    float sum = 0;
    int size = 0;
    int ri = 0;
    int li = 0;
    int oi = 0;
    for (int i = 0; i < half - 1; i++) {
      sum += in[ri++];
      size++;
    }
    for (int i = 0; i < window - half + 1; i++) {
      sum += in[ri++];
      size++;
      out[oi++] = sum / size;
    }
    for (int i = 0; i < n - window; i++) {
      sum += in[ri++];
      sum -= in[li++];
      out[oi++] = sum / size;
    }
    for (int i = 0; i < half - 1; i++) {
      sum -= in[li++];
      size--;
      out[oi++] = sum / size;
    }
    return out;
  }
}
