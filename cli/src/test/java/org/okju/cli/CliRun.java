package org.okju.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs one okju command line in-process and captures what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Okju.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  String[] outLines() {
    return out.isEmpty() ? new String[0] : out.split("\\R");
  }

  static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    return Path.of(configured != null ? configured : "../../shared/testvectors")
        .resolve("threatexchange")
        .normalize();
  }
}
