package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Digests, PDQ hex and case locations: round-trips and named failure cases. */
class ValueTypesTest {
  @Test
  void aDigestParsesItsOwnHexAndNormalisesUpperCase() {
    String hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    Sha256 h = Sha256.parse(hex.toUpperCase(java.util.Locale.ROOT));
    assertThat(h.toHex()).isEqualTo(hex);
    assertThat(Sha256.parse(h.toHex())).isEqualTo(h);
    assertThat(Md5.parse("d41d8cd98f00b204e9800998ecf8427e").toHex())
        .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "zz41d8cd98f00b204e9800998ecf8427e",
        " d41d8cd98f00b204e9800998ecf8427"
      })
  void aMalformedDigestIsRejectedNamingTheInput(String bad) {
    assertThatThrownBy(() -> Md5.parse(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MD5")
        .hasMessageContaining("\"" + bad + "\"");
  }

  @Test
  void digestsCompareUnsignedLikeTheirHex() {
    Md5 low = Md5.parse("7f" + "0".repeat(30));
    Md5 high = Md5.parse("80" + "0".repeat(30));
    assertThat(low.compareTo(high)).isNegative();
  }

  @Test
  void aPdqHashIsKeptInCanonicalLowerCase() {
    assertThat(PdqHex.parse("AB".repeat(32)).toHex()).isEqualTo("ab".repeat(32));
    assertThatThrownBy(() -> PdqHex.parse("ab")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPostgresUrlAsUsersTypeItBecomesAJdbcUrlWithUserAndPassword() {
    CaseLocation.Server s =
        (CaseLocation.Server) CaseLocation.parse("postgresql://alice:s3cret@db.example:5433/case7");
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/case7");
    assertThat(s.user()).contains("alice");
    assertThat(s.password()).contains("s3cret");
    assertThat(s.describe()).doesNotContain("s3cret");
    assertThat(s.toString()).doesNotContain("s3cret");
  }

  @Test
  void aPostgresUrlWithoutPasswordOrPortIsAccepted() {
    CaseLocation.Server s =
        (CaseLocation.Server) CaseLocation.parse("postgres://bob@localhost/okju?sslmode=disable");
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/okju?sslmode=disable");
    assertThat(s.user()).contains("bob");
    assertThat(s.password()).isEmpty();
  }

  @Test
  void aJdbcUrlIsUsedAsGivenAndAnythingElseIsADirectory() {
    assertThat(CaseLocation.parse("jdbc:postgresql://h/db?user=u&password=p"))
        .isInstanceOfSatisfying(
            CaseLocation.Server.class,
            s -> assertThat(s.describe()).doesNotContain("password=p").contains("password=***"));
    assertThat(CaseLocation.parse("./okju-case")).isInstanceOf(CaseLocation.Directory.class);
  }

  @Test
  void aBackslashInAPathIsEscapedSoDisplaysNeverCollide() {
    assertThat(ItemPath.ofBytes(new byte[] {'a', '\\', 'x', 'f', 'f'}).display())
        .isEqualTo("a\\\\xff");
    assertThat(ItemPath.ofBytes(new byte[] {'a', (byte) 0xff}).display()).isEqualTo("a\\xff");
    assertThat(ItemPath.of("日本/写真.jpg").display()).isEqualTo("日本/写真.jpg");
    assertThat(Optional.of(ItemPath.of("x"))).contains(ItemPath.ofBytes(new byte[] {'x'}));
  }
}
