package org.okju.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.okju.casefile.SourceStatus;

/**
 * The outcome of ingesting one source.
 *
 * @param sourceId the source's number in the case
 * @param source the path given, for people
 * @param status complete, partial (some items have errors, warnings or were skipped) or failed
 * @param alreadyIngested true when the source had been fully ingested before: nothing was done
 * @param items items catalogued (files and archive members)
 * @param bytes bytes of content catalogued
 * @param byStatus items per status word (ok, warning, error, skipped)
 * @param byKind items per kind: image, video, archive, document, text, other
 * @param extensionMismatches items whose extension contradicts their content
 * @param resumedDone items an earlier, interrupted run had finished (not read again)
 * @param readThisRun items read in this run
 * @param bytesThisRun bytes read in this run (for the rate)
 * @param elapsed time this run took
 * @param manifestSha256 the manifest hash over the whole catalogue of the source
 * @param problems the first problems, in catalogue order
 * @param problemCount how many problems the source has in all
 * @param atimeNotPreserved files that could not be opened with O_NOATIME (their atime may move)
 */
public record IngestSummary(
    long sourceId,
    String source,
    SourceStatus status,
    boolean alreadyIngested,
    long items,
    long bytes,
    Map<String, Long> byStatus,
    Map<String, Long> byKind,
    long extensionMismatches,
    long resumedDone,
    long readThisRun,
    long bytesThisRun,
    Duration elapsed,
    String manifestSha256,
    List<ProblemLine> problems,
    long problemCount,
    long atimeNotPreserved) {

  /** One recorded problem with the full display path of its item. */
  public record ProblemLine(
      String path, String stage, String kind, String severity, String message) {}

  /** Whether every item was catalogued without a problem. */
  public boolean clean() {
    return status == SourceStatus.COMPLETE;
  }
}
