package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class DigestValueTest {
  @Test
  void aDigestOfTheJdkPrintsAsSha256sumDoes() throws Exception {
    byte[] d =
        MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));
    Sha256 sha = Sha256.of(d);
    assertThat(sha.toHex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        .isEqualTo(sha.toString());
    assertThat(Sha256.parse(sha.toHex().toUpperCase(java.util.Locale.ROOT))).isEqualTo(sha);
    assertThat(sha.bytes()).isEqualTo(d).isNotSameAs(sha.bytes());
  }

  @Test
  void orderIsTheHexFormsOrderEvenForBytesAbove0x7f() {
    Md5 low = Md5.parse("7f" + "0".repeat(30));
    Md5 high = Md5.parse("80" + "0".repeat(30));
    assertThat(low).isLessThan(high);
    assertThat(low.toHex()).isLessThan(high.toHex());
  }

  @Test
  void digestsOfDifferentAlgorithmsAreNeverEqual() {
    byte[] twenty = new byte[Sha1.BYTES];
    Sha1 sha1 = Sha1.of(twenty);
    assertThat(sha1).isEqualTo(Sha1.of(twenty.clone())).hasSameHashCodeAs(Sha1.of(twenty));
    assertThat((Object) Md5.of(new byte[Md5.BYTES])).isNotEqualTo(Sha256.of(new byte[32]));
  }

  @Test
  void wrongLengthsAndNonHexNameTheAlgorithm() {
    assertThatThrownBy(() -> Sha1.of(new byte[19])).hasMessageContaining("SHA-1 needs 20 bytes");
    assertThatThrownBy(() -> Md5.parse("xyz")).hasMessageContaining("MD5");
    assertThatThrownBy(() -> Sha256.parse("g".repeat(64))).hasMessageContaining("SHA-256");
  }
}
