package org.okju.evidence.image;

import java.util.Optional;

/**
 * The hashes an acquisition tool stored in an EWF image, as lower-case hex: MD5 (the {@code hash}
 * or {@code digest} section) and SHA-1 (the {@code digest} section), each empty when not stored.
 */
record EwfStoredHashes(Optional<String> md5, Optional<String> sha1) {}
