package org.okju.web.jobs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a job ended well: a one-line message and, for reports and exports, the file it wrote.
 *
 * @param failedItems whether some items failed while the rest were done (the CLI's exit 3)
 */
public record JobOutcome(String message, Optional<Path> file, boolean failedItems) {
  public static JobOutcome of(String message) {
    return new JobOutcome(message, Optional.empty(), false);
  }
}
