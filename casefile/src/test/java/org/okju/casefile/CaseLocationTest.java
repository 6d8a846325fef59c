package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way to name a case: what CaseLocation.parse makes of what a user types. */
class CaseLocationTest {
  @TempDir Path tmp;

  @Test
  void aPathIsADirectoryAndAPostgresqlUrlIsAServer() {
    assertThat(CaseLocation.parse("cases/pen-drive"))
        .isEqualTo(CaseLocation.directory(Path.of("cases/pen-drive")));
    CaseLocation.Server s =
        (CaseLocation.Server) CaseLocation.parse("postgresql://inv1:secret@db.local:5544/okjucase");
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5544/okjucase");
    assertThat(s.user()).contains("inv1");
    assertThat(s.password()).contains("secret");
    assertThat(s.describe()).doesNotContain("secret");
    assertThat(CaseLocation.parse("postgres://db.local/okjucase"))
        .isEqualTo(
            new CaseLocation.Server(
                "jdbc:postgresql://db.local/okjucase", Optional.empty(), Optional.empty()));
    assertThat(CaseLocation.parse("jdbc:postgresql://db.local/c?user=inv1"))
        .isInstanceOf(CaseLocation.Server.class);
  }

  @Test
  void anyOtherUrlOrAMangledOneIsRefusedNeverTakenForADirectory() {
    for (String text :
        new String[] {
          "mysql://inv1@localhost/okjucase",
          "https://example.org/case",
          "file:///cases/one",
          "postgresql:/inv1@localhost:5544/okjucase",
          "postgres:okjucase",
          "jdbc:sqlite:case.db",
        }) {
      assertThatThrownBy(() -> CaseLocation.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a case location: ");
    }
    assertThatThrownBy(() -> CaseLocation.parse("postgresql://x:pw@/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> CaseLocation.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void askingWhetherADirectoryCaseExistsCreatesNothing() throws Exception {
    Path dir = tmp.resolve("nothing-here");
    assertThat(CaseLocation.directory(dir).exists()).isFalse();
    assertThat(dir).doesNotExist();
    Files.createDirectories(dir);
    assertThat(CaseLocation.directory(dir).exists()).as("a directory without case.db").isFalse();
  }
}
