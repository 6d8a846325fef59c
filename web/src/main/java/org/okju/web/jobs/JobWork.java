package org.okju.web.jobs;

import org.okju.casefile.CaseStore;

/** What a job does, on the case's job thread. */
@FunctionalInterface
public interface JobWork {
  /**
   * Runs the job. An interrupt means cancel: stop at the next safe point (an ingest stays
   * resumable) and throw {@link InterruptedException}.
   *
   * @param store the case
   * @param progress where to report how far it is
   * @throws Exception a failure, shown in one line (never a stack trace) on the job's page
   */
  JobOutcome run(CaseStore store, JobProgress progress) throws Exception;
}
