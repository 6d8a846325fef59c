package org.okju.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.ItemProgress;

/** A real {@code okju} process of its own, and {@code kill -9} of it in the middle of its work. */
final class KilledIngest {
  private KilledIngest() {}

  static Process start(String... args) throws Exception {
    return OkjuProcess.builder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /**
   * Starts the command three times and kills each run (SIGKILL: no shutdown hook, no finally) at
   * 20-50% of the uninterrupted run's time, unless it ended first: fractions of a measured run, not
   * fixed delays, so the kills fall inside the work however loaded the machine is (fixed delays of
   * one to four seconds often killed every run before its first file was done), and three of them
   * seldom add up to the whole run, so the last run usually resumes rather than finds all done.
   */
  static void threeTimes(long referenceMillis, Random random, String... args) throws Exception {
    for (int kill = 0; kill < 3; kill++) {
      Process p = start(args);
      long delay = referenceMillis * (20 + random.nextInt(31)) / 100;
      if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor();
      }
      System.out.println("kill " + kill + " after " + delay + " ms, exit " + p.exitValue());
    }
  }

  /** Top-level items an earlier run committed as done. */
  static long doneTopLevel(Path caseDir) {
    if (!Files.exists(caseDir.resolve("case.db"))) {
      return 0;
    }
    try (CaseStore store = CaseStore.open(CaseLocation.directory(caseDir));
        Stream<Item> items = store.items().streamAll()) {
      return items.filter(i -> i.parent().isEmpty() && i.progress() == ItemProgress.DONE).count();
    }
  }
}
