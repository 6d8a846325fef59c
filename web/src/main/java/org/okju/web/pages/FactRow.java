package org.okju.web.pages;

/**
 * One fact as the review queue shows it (names already pseudonymised), with what its row needs to
 * render on its own after an htmx decision.
 */
public record FactRow(
    String caseName,
    boolean mayReview,
    long id,
    String type,
    String status,
    String subject,
    String object,
    String amount,
    String percent,
    String date,
    String place,
    String confidence,
    String flags,
    String document,
    String where,
    String quote) {
  /** Whether it still waits for a decision. */
  public boolean suggested() {
    return status.equals("suggested");
  }
}
