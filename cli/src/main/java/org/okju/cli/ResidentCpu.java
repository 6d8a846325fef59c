package org.okju.cli;

import java.io.IOException;
import java.util.Optional;
import org.okju.cli.daemon.DaemonInfo;

/**
 * The CPU time the resident okju ({@code okju daemon}) has used so far, so that a benchmark of the
 * verbs it runs counts its work beside the launchers'.
 */
final class ResidentCpu {
  private ResidentCpu() {}

  /** CPU seconds (user + system) of this installation's resident; 0 when none runs. */
  static double seconds() {
    return DaemonCommand.infoFile()
        .flatMap(ResidentCpu::read)
        .flatMap(info -> ProcessHandle.of(info.pid()))
        .flatMap(p -> p.info().totalCpuDuration())
        .map(d -> d.toNanos() / 1e9)
        .orElse(0.0);
  }

  private static Optional<DaemonInfo> read(java.nio.file.Path file) {
    try {
      return DaemonInfo.read(file);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
