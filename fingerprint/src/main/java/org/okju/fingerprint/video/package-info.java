/**
 * vPDQ (video PDQ): one PDQ hash per selected video frame, bit-exact with Meta's C++ reference
 * ({@code vpdq/cpp} in facebook/ThreatExchange), its text format and its brute-force matcher.
 *
 * <p>Entry points: {@link org.okju.fingerprint.video.VpdqHasher}, {@link
 * org.okju.fingerprint.video.VpdqText}, {@link org.okju.fingerprint.video.VpdqMatcher}.
 */
package org.okju.fingerprint.video;
