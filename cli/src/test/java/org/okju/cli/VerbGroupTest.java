package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A grouping verb given alone names the verbs it groups, in their order, as a usage error. */
class VerbGroupTest {
  @Test
  void aGroupAloneNamesItsVerbs() {
    CliRun server = CliRun.of("server");
    assertThat(server.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(server.err()).contains("okju server: init, case, user or token is required");
    assertThat(CliRun.of("server", "case").err())
        .contains("okju server case: add or list is required");
    assertThat(CliRun.of("hashset").err())
        .contains("okju hashset: import, list or remove is required");
    assertThat(CliRun.of("case").err()).contains("okju case: sign is required");
  }

  @Test
  void oneOfJoinsLikeASentence() {
    assertThat(VerbGroup.oneOf(List.of())).isEmpty();
    assertThat(VerbGroup.oneOf(List.of("sign"))).isEqualTo("sign");
    assertThat(VerbGroup.oneOf(List.of("add", "list"))).isEqualTo("add or list");
    assertThat(VerbGroup.oneOf(List.of("a", "b", "c"))).isEqualTo("a, b or c");
  }
}
