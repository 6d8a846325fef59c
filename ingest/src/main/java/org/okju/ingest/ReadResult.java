package org.okju.ingest;

import java.util.Optional;
import org.okju.casefile.Digests;

/**
 * What one read of an item gave.
 *
 * @param size bytes read
 * @param digests MD5, SHA-1 and SHA-256 of those bytes
 * @param type the media type detected from the head, and the extension check
 * @param content the bytes kept for later stages, when the type needs them
 */
record ReadResult(
    long size, Digests digests, TypeDetector.Detection type, Optional<Content> content) {}
