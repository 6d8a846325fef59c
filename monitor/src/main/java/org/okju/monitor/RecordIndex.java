package org.okju.monitor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;

/**
 * The canonical index of a capture's records that the custody log binds: one line per record,
 * {@code member TAB offset TAB type TAB url TAB captured_at TAB status TAB payload_sha256 LF}, in
 * stored order (member, then offset). Anyone holding the capture file can rebuild it and compare.
 */
final class RecordIndex {
  private RecordIndex() {}

  static Sha256 sha256(List<WebCaptures.CaptureRecord> records) {
    MessageDigest md = CaptureSource.sha256Digest();
    records.stream()
        .sorted(
            (a, b) ->
                a.member().equals(b.member())
                    ? Long.compare(a.offset(), b.offset())
                    : a.member().compareTo(b.member()))
        .forEach(
            r ->
                md.update(
                    String.join(
                            "\t",
                            r.member(),
                            Long.toString(r.offset()),
                            r.type(),
                            r.url(),
                            r.capturedAt().toString(),
                            r.httpStatus().isPresent()
                                ? Integer.toString(r.httpStatus().getAsInt())
                                : "",
                            r.payloadSha256().map(Sha256::toHex).orElse(""))
                        .concat("\n")
                        .getBytes(StandardCharsets.UTF_8)));
    return Sha256.of(md.digest());
  }
}
