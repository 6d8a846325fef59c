package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds directories listed inside themselves: a corrupted file system whose directory tree loops (a
 * FAT directory entry pointing back at an ancestor's cluster). The Sleuth Kit stops at the loop
 * without saying so, listing the looping directory once more under itself; the files the damaged
 * entry used to lead to are then missing from the listing, which a reviewer must be told.
 * Stateless.
 */
final class DirectoryLoops {
  private DirectoryLoops() {}

  /** One {@code directory-loop} error for each directory whose metadata is an ancestor's. */
  static List<ImageProblem> find(List<ImageEntry> entries) {
    Map<String, String> directories = new HashMap<>(); // partition/path -> inode
    for (ImageEntry e : entries) {
      if (e.kind() == ImageEntry.Kind.DIRECTORY && !e.deleted()) {
        directories.put(e.imagePath(), e.inode());
      }
    }
    List<ImageProblem> out = new ArrayList<>();
    for (ImageEntry e : entries) {
      if (e.kind() != ImageEntry.Kind.DIRECTORY || e.deleted()) {
        continue;
      }
      String path = e.imagePath();
      for (int slash = path.lastIndexOf('/');
          slash > e.partition().length();
          slash = path.lastIndexOf('/', slash - 1)) {
        String ancestor = path.substring(0, slash);
        if (e.inode().equals(directories.get(ancestor))) {
          out.add(
              new ImageProblem(
                  "directory-loop",
                  true,
                  path
                      + " is the directory "
                      + ancestor
                      + " again (metadata address "
                      + e.inode()
                      + "): the file system's directory tree loops (corrupt); not followed, and"
                      + " what the damaged entry held before is missing from the listing"));
          break;
        }
      }
    }
    return out;
  }
}
