package org.okju.evidence.image;

/**
 * Something about the image as a whole or one of its partitions that the catalogue must show: a
 * stored hash that does not match, a damaged chunk, a partition past the end of the image, a
 * partition with no file system The Sleuth Kit can read, a listing cut short.
 *
 * @param kind the stable word recorded as the error's kind
 * @param error true for an error, false for a warning
 * @param message what happened, in words (names the partition or segment)
 */
public record ImageProblem(String kind, boolean error, String message) {}
