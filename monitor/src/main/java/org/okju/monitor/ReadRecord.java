package org.okju.monitor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A record as a capture reader hands it to the import: where it is in the capture, what was
 * captured (URL, time, HTTP status, server address, declared type and digest) and its payload.
 *
 * @param member {@code ""} in a WARC, the WARC's path inside a WACZ, the saved file of a folder
 * @param offset the record's byte offset (its gzip member's), or a folder manifest's line number
 * @param type {@code response}, {@code resource}, {@code revisit} or {@code file}
 * @param payload absent for a revisit (resolved later), an error status with no body, or a folder
 *     row without a file
 * @param refersTo a revisit's {@code WARC-Refers-To} record id
 * @param refersToTarget a revisit's {@code WARC-Refers-To-Target-URI}
 * @param refersToDate a revisit's {@code WARC-Refers-To-Date}
 * @param pageUrl a folder row's page that embeds or links the URL
 * @param contentRange a {@code 206 Partial Content} response's {@code Content-Range}
 */
record ReadRecord(
    String member,
    long offset,
    Optional<String> recordId,
    String type,
    String url,
    Instant capturedAt,
    OptionalInt status,
    Optional<String> serverIp,
    Optional<String> contentType,
    Optional<String> location,
    Optional<String> payloadDigest,
    Optional<Payload> payload,
    Optional<String> refersTo,
    Optional<String> refersToTarget,
    Optional<Instant> refersToDate,
    Optional<String> pageUrl,
    Optional<String> contentRange) {
  ReadRecord {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(contentRange, "contentRange");
  }

  /** The same record with another payload (absent, or digests only). */
  ReadRecord withPayload(Optional<Payload> other) {
    return new ReadRecord(
        member,
        offset,
        recordId,
        type,
        url,
        capturedAt,
        status,
        serverIp,
        contentType,
        location,
        payloadDigest,
        other,
        refersTo,
        refersToTarget,
        refersToDate,
        pageUrl,
        contentRange);
  }

  /** Whether the record is a revisit, whose payload is another record's. */
  boolean revisit() {
    return type.equals("revisit");
  }
}
