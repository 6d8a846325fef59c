package org.okju.web;

/**
 * A request that ends with an HTTP error: its status and a message safe to show the client (never a
 * stack trace, a path on the server or whether a case exists).
 */
public final class WebError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public WebError(int status, String message) {
    super(message);
    this.status = status;
  }

  /** 400: the request is malformed. */
  public static WebError badRequest(String message) {
    return new WebError(400, message);
  }

  /** 403: the caller may not do this. */
  public static WebError forbidden(String message) {
    return new WebError(403, message);
  }

  /** 404: no such thing (or the caller may not know it exists). */
  public static WebError notFound() {
    return new WebError(404, "Not found.");
  }

  /** 409: conflicts with the current state (a job already queued). */
  public static WebError conflict(String message) {
    return new WebError(409, message);
  }

  public int status() {
    return status;
  }
}
