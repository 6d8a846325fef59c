package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class Pdq256Test {
  private static final String BRIDGE =
      "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

  @Test
  void parsingTheCanonicalHexGivesItBack() {
    assertThat(Pdq256.parse(BRIDGE).toHex()).isEqualTo(BRIDGE);
  }

  @Test
  void upperCaseInputIsNormalisedToLowerCase() {
    assertThat(Pdq256.parse(BRIDGE.toUpperCase(java.util.Locale.ROOT)).toHex()).isEqualTo(BRIDGE);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "f8f8",
        "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2",
        "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b223",
        "g8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
        " f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2"
      })
  void malformedHexIsRejectedNamingTheInput(String bad) {
    assertThatThrownBy(() -> Pdq256.parse(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PDQ hash");
  }

  @Test
  void roundTripsAndDistancesHoldForRandomHashes() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      Pdq256 a =
          Pdq256.ofWords(
              random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
      Pdq256 b =
          Pdq256.ofWords(
              random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
      assertThat(Pdq256.parse(a.toHex())).as("seed %d", seed).isEqualTo(a);
      assertThat(a.distance(b)).as("seed %d", seed).isEqualTo(b.distance(a));
      assertThat(a.distance(a)).isZero();
      assertThat(Integer.signum(a.compareTo(b)))
          .as("seed %d", seed)
          .isEqualTo(Integer.signum(a.toHex().compareTo(b.toHex())));
    }
  }

  @Test
  void bitZeroIsTheLastHexDigitsLowBitAndBit255TheFirstDigitsHighBit() {
    Pdq256 low = Pdq256.ofWords(0, 0, 0, 1);
    Pdq256 high = Pdq256.ofWords(Long.MIN_VALUE, 0, 0, 0);
    assertThat(low.bit(0)).isTrue();
    assertThat(low.toHex()).endsWith("1");
    assertThat(high.bit(255)).isTrue();
    assertThat(high.toHex()).startsWith("8");
    assertThat(low.distance(high)).isEqualTo(2);
  }
}
