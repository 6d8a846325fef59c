package org.okju.web.store;

/** The server store failed: its database is unreachable, or its directory is not a server's. */
public final class ServerStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;

  public ServerStoreException(String location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  public ServerStoreException(String location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = location;
  }

  /** Where the store is. */
  public String location() {
    return location;
  }
}
