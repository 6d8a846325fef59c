package org.okju.casefile;

/**
 * How far a long task over a case is, for whoever shows it (the command line's progress line, the
 * web workbench's job page). The task announces each phase with its number of items counted
 * beforehand, then reports items as they are done, so a display can show a rate and an ETA from the
 * start and never has to move backwards. Implementations must be thread-safe and cheap: tasks call
 * them from any thread, per item.
 */
public interface Progress {
  /** Shows nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void phase(String name, long items) {}

        @Override
        public void done(long items) {}
      };

  /**
   * A phase begins: what it does, in a few words ({@code finding copies}), and how many items it
   * will go through ({@code -1} when that cannot be known beforehand).
   */
  void phase(String name, long items);

  /** {@code items} more items of the current phase are done. */
  void done(long items);
}
