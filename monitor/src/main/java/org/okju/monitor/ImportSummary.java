package org.okju.monitor;

import java.util.List;
import java.util.Map;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;

/**
 * What importing one capture did.
 *
 * @param alreadyImported the capture (by SHA-256) was in the case already: nothing changed
 * @param records responses, resources, revisits and saved files read
 * @param byKind records by what their payload is ({@code image}, {@code video}, {@code page}...)
 * @param mediaHashed distinct media payloads fingerprinted in this import
 * @param matchedMedia distinct media payloads found to be copies of case items
 * @param sightings the (URL, tape) pairs this capture saw, as {@code url tape}
 * @param problems every per-record (or whole-capture) problem, in the order met
 * @param payloadBytes bytes of payload read
 * @param seconds the wall time of the import
 */
public record ImportSummary(
    String name,
    String format,
    String crawl,
    Sha256 sha256,
    boolean alreadyImported,
    long records,
    Map<String, Long> byKind,
    long mediaHashed,
    long matchedMedia,
    List<String> sightings,
    List<WebCaptures.Problem> problems,
    long payloadBytes,
    double seconds,
    boolean atimePreserved) {
  public ImportSummary {
    byKind = Map.copyOf(byKind);
    sightings = List.copyOf(sightings);
    problems = List.copyOf(problems);
  }

  /** Whether any record (or the capture) had a problem: the command's exit code is then 3. */
  public boolean partial() {
    return !problems.isEmpty();
  }
}
