package org.okju.casefile;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-checks a custody log read in sequence order. For each entry: its number follows the one before
 * (else {@code MISSING}); its stored hash is the hash of its content (else {@code EDITED}, or
 * {@code REORDERED} when the content hashes correctly at another position); it links to the entry
 * before (else {@code REORDERED} when it links to another entry, {@code UNLINKED} when to none);
 * and its signature verifies. One break is reported per entry, the first found, and a link is not
 * blamed on an entry whose predecessor is already reported.
 */
final class ChainVerifier {
  // Bound on hashing tried to find where a moved entry was written (a scrambled log of n entries
  // costs n^2 hashes to place them all; beyond this they are reported as EDITED).
  private static final long PLACEMENT_BUDGET = 2_000_000;

  private final CustodyKeys keys;
  private long placementSpent;

  ChainVerifier(CustodyKeys keys) {
    this.keys = keys;
  }

  ChainReport verify(List<StoredEntry> entries) {
    Map<String, Long> seqOfHash = new HashMap<>();
    long maxSeq = 0;
    for (StoredEntry e : entries) {
      seqOfHash.put(e.hash(), e.seq());
      maxSeq = Math.max(maxSeq, e.seq());
    }
    List<ChainBreak> breaks = new ArrayList<>();
    boolean previousBroken = false;
    boolean seenSigned = false;
    boolean reportedNoKey = false;
    StoredEntry before = null;
    for (StoredEntry e : entries) {
      long expectedSeq = before == null ? 1 : before.seq() + 1;
      Optional<ChainBreak> found = Optional.empty();
      if (e.seq() > expectedSeq) {
        found =
            Optional.of(
                new ChainBreak(
                    expectedSeq,
                    ChainBreak.Kind.MISSING,
                    "entries " + expectedSeq + ".." + (e.seq() - 1) + " are missing"));
      }
      if (found.isEmpty()) {
        found = content(e, maxSeq);
      }
      if (found.isEmpty() && !previousBroken) {
        String expectedPrevious = before == null ? SqlCustodyLog.GENESIS.toHex() : before.hash();
        if (!e.previous().equals(expectedPrevious)) {
          Long linked =
              e.previous().equals(SqlCustodyLog.GENESIS.toHex()) ? 0L : seqOfHash.get(e.previous());
          found =
              Optional.of(
                  linked != null
                      ? new ChainBreak(
                          e.seq(),
                          ChainBreak.Kind.REORDERED,
                          "links to entry " + linked + ", not to the entry before it")
                      : new ChainBreak(
                          e.seq(),
                          ChainBreak.Kind.UNLINKED,
                          "links to no entry of the log (the chain was cut or spliced)"));
        }
      }
      if (found.isEmpty()) {
        if (e.signature().isPresent()) {
          seenSigned = true;
          if (!keys.canVerify()) {
            if (!reportedNoKey) {
              reportedNoKey = true;
              found =
                  Optional.of(
                      new ChainBreak(
                          e.seq(),
                          ChainBreak.Kind.NO_PUBLIC_KEY,
                          "signed, but the case's public key "
                              + CustodyKeys.PUBLIC_FILE
                              + " is missing"));
            }
          } else if (!signatureHolds(e)) {
            found =
                Optional.of(
                    new ChainBreak(
                        e.seq(),
                        ChainBreak.Kind.BAD_SIGNATURE,
                        "signature does not verify with the case key"));
          }
        } else if (seenSigned) {
          found =
              Optional.of(
                  new ChainBreak(
                      e.seq(),
                      ChainBreak.Kind.UNSIGNED,
                      "unsigned, although the case signs its log"));
        }
      }
      found.ifPresent(breaks::add);
      previousBroken = found.isPresent();
      before = e;
    }
    Optional<ChainReport.Head> head =
        before == null
            ? Optional.empty()
            : Optional.of(new ChainReport.Head(before.seq(), parseOrZero(before.hash())));
    return new ChainReport(entries.size(), keys.canVerify(), head, breaks);
  }

  private Optional<ChainBreak> content(StoredEntry e, long maxSeq) {
    Sha256 recomputed;
    try {
      recomputed = e.recompute(e.seq());
    } catch (IllegalArgumentException | DateTimeParseException x) {
      return Optional.of(
          new ChainBreak(e.seq(), ChainBreak.Kind.EDITED, "content no longer parses: " + x));
    }
    if (recomputed.toHex().equals(e.hash())) {
      return Optional.empty();
    }
    for (long at = 1; at <= maxSeq + 1 && placementSpent < PLACEMENT_BUDGET; at++) {
      placementSpent++;
      if (at != e.seq() && e.recompute(at).toHex().equals(e.hash())) {
        return Optional.of(
            new ChainBreak(
                e.seq(),
                ChainBreak.Kind.REORDERED,
                "was written as entry " + at + " and now stands at " + e.seq()));
      }
    }
    return Optional.of(
        new ChainBreak(
            e.seq(),
            ChainBreak.Kind.EDITED,
            "stored hash differs from the hash of its content: changed after it was written"));
  }

  private boolean signatureHolds(StoredEntry e) {
    try {
      byte[] sig = Base64.getDecoder().decode(e.signature().orElseThrow());
      return keys.verify(Sha256.parse(e.hash()).bytes(), sig);
    } catch (IllegalArgumentException x) {
      return false;
    }
  }

  private static Sha256 parseOrZero(String hex) {
    try {
      return Sha256.parse(hex);
    } catch (IllegalArgumentException e) {
      return SqlCustodyLog.GENESIS;
    }
  }
}
