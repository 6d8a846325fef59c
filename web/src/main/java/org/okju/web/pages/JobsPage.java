package org.okju.web.pages;

import java.util.List;

/** The case's jobs and the forms to start new ones (only those the viewer's role may start). */
public record JobsPage(
    Chrome chrome,
    List<JobRow> jobs,
    boolean mayIngest,
    boolean mayAnalyse,
    boolean mayReport,
    boolean mayExport,
    List<String> evidenceRoots,
    List<String> hashSetFormats) {
  public JobsPage {
    jobs = List.copyOf(jobs);
    evidenceRoots = List.copyOf(evidenceRoots);
    hashSetFormats = List.copyOf(hashSetFormats);
  }
}
