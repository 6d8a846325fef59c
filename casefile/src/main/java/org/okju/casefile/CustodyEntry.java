package org.okju.casefile;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One entry of the custody log as stored. See {@code SCHEMA.md} for the canonical serialisation
 * that {@link #hash} is computed over.
 *
 * @param seq its position, 1, 2, 3, … without gaps
 * @param time when it was appended (UTC, nanosecond text form)
 * @param user who did the action
 * @param action what was done
 * @param parametersJson its parameters, canonical JSON
 * @param inputs hashes of what the action read
 * @param outputs hashes of what it wrote
 * @param okjuVersion the okju version
 * @param previous the hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 of this entry's canonical serialisation
 * @param signature Ed25519 signature of the 32 bytes of {@code hash}, base64; empty when the case
 *     does not sign
 */
public record CustodyEntry(
    long seq,
    Instant time,
    String user,
    String action,
    String parametersJson,
    SortedMap<String, Sha256> inputs,
    SortedMap<String, Sha256> outputs,
    String okjuVersion,
    Sha256 previous,
    Sha256 hash,
    Optional<String> signature) {}
