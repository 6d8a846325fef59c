package org.okju.index.hashset;

/**
 * What a hash-set writer did.
 *
 * @param written records written
 * @param skipped entries without a hash the format carries (e.g. no MD5 for an md5sum file)
 */
public record WriteCount(long written, long skipped) {}
