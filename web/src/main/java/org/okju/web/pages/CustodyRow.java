package org.okju.web.pages;

/** A custody-log entry as pages list it. */
public record CustodyRow(
    long seq, String time, String user, String action, String parameters, String hash) {
  /** The first 12 hex digits of the entry's hash. */
  public String shortHash() {
    return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
  }
}
