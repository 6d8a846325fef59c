package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionFastPathTest {
  @Test
  void onlyTheVersionOptionAloneSkipsPicocli() {
    assertThat(Okju.asksOnlyForVersion("--version")).isTrue();
    assertThat(Okju.asksOnlyForVersion("-V")).isTrue();
    assertThat(Okju.asksOnlyForVersion()).isFalse();
    assertThat(Okju.asksOnlyForVersion("--version", "--help")).isFalse();
    assertThat(Okju.asksOnlyForVersion("pdq", "--version")).isFalse();
    assertThat(Okju.asksOnlyForVersion("--versions")).isFalse();
  }

  @Test
  void printsWhatPicocliPrintsForTheVersion() {
    StringWriter picocli = new StringWriter();
    Okju.commandLine().printVersionHelp(new PrintWriter(picocli, true));
    ByteArrayOutputStream fast = new ByteArrayOutputStream();
    Okju.printVersion(new PrintStream(fast, true, StandardCharsets.UTF_8));

    assertThat(fast.toString(StandardCharsets.UTF_8))
        .isEqualTo(picocli.toString())
        .startsWith("okju ")
        .contains("Java " + System.getProperty("java.version"));
  }
}
