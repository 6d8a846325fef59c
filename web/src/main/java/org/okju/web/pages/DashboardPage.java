package org.okju.web.pages;

import java.util.List;

/**
 * A case's dashboard: its sources, what the catalogue holds by type and status, the tapes, the last
 * verification and the latest jobs.
 *
 * @param verification the last verification in one sentence
 */
public record DashboardPage(
    Chrome chrome,
    List<SourceRow> sources,
    List<Count> byType,
    List<Count> byStatus,
    long items,
    long problems,
    long tapes,
    long copies,
    long hashSetMatches,
    String verification,
    List<JobRow> jobs) {
  public DashboardPage {
    sources = List.copyOf(sources);
    byType = List.copyOf(byType);
    byStatus = List.copyOf(byStatus);
    jobs = List.copyOf(jobs);
  }

  /** A source of the case. */
  public record SourceRow(
      long id, String path, String status, String items, String started, String user) {}

  /**
   * A count with its link into the filtered catalogue.
   *
   * @param query the catalogue's query string for it
   */
  public record Count(String label, long count, String query) {}
}
