package org.okju.casefile;

/**
 * No case at the location: no {@code case.db} in the directory, or no okju schema in the database.
 * Thrown by {@link CaseStore#openExisting}, which never creates a case, so a mistyped {@code
 * --case} cannot quietly start an empty one.
 */
public final class NoCaseException extends CaseStoreException {
  private static final long serialVersionUID = 1L;

  NoCaseException(String location) {
    super(location, "no case", null);
  }
}
