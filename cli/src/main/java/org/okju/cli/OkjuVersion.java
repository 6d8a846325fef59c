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
    return new String[] {"okju " + current(), "Java " + System.getProperty("java.version")};
  }
}
