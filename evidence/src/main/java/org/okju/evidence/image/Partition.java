package org.okju.evidence.image;

import java.util.Optional;

/**
 * A volume of the image: a partition of its MBR or GPT ({@code p1}, {@code p2} … in table order),
 * or the whole image when it has no partition table ({@code p0}).
 *
 * @param name the stable name used as the first part of its files' paths
 * @param offset its first byte in the media
 * @param length its size in bytes
 * @param description what the partition table says it is
 * @param fileSystem the file system The Sleuth Kit found in it ({@code fat16}, {@code ntfs}, {@code
 *     ext4} …), if any
 */
public record Partition(
    String name, long offset, long length, String description, Optional<String> fileSystem) {}
