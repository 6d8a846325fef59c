package org.okju.casefile;

/**
 * The case's schema is newer than this okju knows: opening it could misread or damage it. Carries
 * both versions; upgrade okju to open the case.
 */
public final class SchemaVersionException extends CaseStoreException {
  private static final long serialVersionUID = 1L;

  private final String actual;
  private final String supported;

  SchemaVersionException(String location, String actual, String supported) {
    super(
        location,
        "case schema version " + actual + " is newer than the newest this okju knows, " + supported,
        null);
    this.actual = actual;
    this.supported = supported;
  }

  /** The version found in the case. */
  public String actual() {
    return actual;
  }

  /** The newest version this build migrates to. */
  public String supported() {
    return supported;
  }
}
