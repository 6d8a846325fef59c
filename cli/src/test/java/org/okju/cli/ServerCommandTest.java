package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;

/** okju server init|case add|user add|token and okju serve, as a newcomer runs them. */
class ServerCommandTest {
  @TempDir Path tmp;

  private static CliRun withStdin(String stdin, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(old);
    }
  }

  private Path setUp() {
    Path server = tmp.resolve("server");
    Path caseDir = tmp.resolve("case");
    CaseStore.open(CaseLocation.directory(caseDir)).close(); // a new, empty case
    assertThat(CliRun.of("server", "init", server.toString()).exitCode()).isZero();
    CliRun added =
        CliRun.of(
            "server", "case", "add", server.toString(), caseDir.toString(), "--name", "harbor");
    assertThat(added.exitCode()).isZero();
    assertThat(added.out()).startsWith("case harbor registered");
    return server;
  }

  @Test
  void aNewcomerSetsUpAServerAndGetsAToken() {
    Path server = setUp();
    CliRun user =
        withStdin(
            "a long enough password\n",
            "server",
            "user",
            "add",
            server.toString(),
            "kim",
            "--role",
            "reviewer",
            "--case",
            "harbor");
    assertThat(user.exitCode()).isZero();
    assertThat(user.out().strip()).isEqualTo("user kim added (reviewer, cases: harbor)");
    CliRun token = CliRun.of("server", "token", server.toString(), "kim");
    assertThat(token.exitCode()).isZero();
    assertThat(token.outLines()).hasSize(1);
    assertThat(token.out().strip()).matches("[A-Za-z0-9_-]{43}");
    assertThat(CliRun.of("server", "user", "list", server.toString()).out())
        .contains("kim\treviewer\tharbor");
  }

  @Test
  void badInputIsAUsageErrorThatChangesNothing() {
    Path server = setUp();
    String dir = server.toString();
    assertThat(
            withStdin(
                    "a long enough password\n", "server", "user", "add", dir, "a", "--role", "boss")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            withStdin("short\n", "server", "user", "add", dir, "b", "--role", "admin").exitCode())
        .isEqualTo(2);
    assertThat(withStdin("", "server", "user", "add", dir, "c", "--role", "admin").exitCode())
        .isEqualTo(2);
    assertThat(
            withStdin(
                    "a long enough password\n",
                    "server",
                    "user",
                    "add",
                    dir,
                    "d",
                    "--role",
                    "admin",
                    "--case",
                    "nope")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            CliRun.of("server", "case", "add", dir, tmp.resolve("case").toString(), "--name", "a b")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            CliRun.of("server", "case", "add", dir, tmp.resolve("none").toString(), "--name", "x")
                .exitCode())
        .isEqualTo(2);
    assertThat(CliRun.of("server", "init", dir).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("server", "token", dir, "nobody").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("server", "user", "list", dir).out().strip())
        .isEqualTo("name\trole\tcases\tlocked until");
  }

  @Test
  void serveRunsInTheForegroundPrintsItsUrlAndExitsCleanlyOnSigterm() throws Exception {
    Path server = setUp();
    withStdin(
        "a long enough password\n",
        "server",
        "user",
        "add",
        server.toString(),
        "boss",
        "--role",
        "admin");
    String token = CliRun.of("server", "token", server.toString(), "boss").out().strip();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.okju.cli.Okju",
                "serve",
                server.toString(),
                "--port",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String url = out.readLine();
      assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
      HttpResponse<String> cases =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "api/cases"))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(cases.statusCode()).isEqualTo(200);
      assertThat(cases.body()).isEqualTo("[{\"name\":\"harbor\"}]");
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void serveRefusesADirectoryThatIsNotAServer() {
    CliRun r = CliRun.of("serve", tmp.toString(), "--port", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("okju server init");
    assertThat(List.of(r.outLines())).isEmpty();
  }
}
