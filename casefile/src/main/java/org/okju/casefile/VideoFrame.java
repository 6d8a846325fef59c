package org.okju.casefile;

/**
 * One vPDQ frame hash of a video.
 *
 * @param frameNumber the frame's number in decode order, from 0
 * @param quality the frame's PDQ quality (0..100)
 * @param pdq the frame's PDQ hash
 * @param timestampSeconds the frame's presentation time in seconds
 */
public record VideoFrame(long frameNumber, int quality, PdqHex pdq, double timestampSeconds) {}
