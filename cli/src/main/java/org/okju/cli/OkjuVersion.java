package org.okju.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by the build), or "dev" when run from classes. */
public final class OkjuVersion implements CommandLine.IVersionProvider {
  /** The okju version string recorded in outputs and custody entries. */
  public static String current() {
    String v = Okju.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    // concat, not +: a + compiles to an invokedynamic whose first call spins classes at run time,
    // a few milliseconds of okju --version's start-up (Okju.run prints these lines itself).
    return new String[] {
      "okju ".concat(current()), "Java ".concat(System.getProperty("java.version"))
    };
  }
}
