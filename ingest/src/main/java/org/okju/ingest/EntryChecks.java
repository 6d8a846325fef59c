package org.okju.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.ItemPath;
import org.okju.evidence.folder.FolderWalker;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * What the walk notes about an entry before it is read: links (not followed; where they point),
 * special files (not read), unusual names, sparse files. Thread-safe.
 */
final class EntryChecks {
  static final String STAGE = "walk";
  private static final int NAME_MAX = 255;

  private final ReadOnlyFiles posix;
  private final byte[] root;

  EntryChecks(ReadOnlyFiles posix, byte[] root) {
    this.posix = posix;
    this.root = root;
  }

  /** Notes on the entry; a link or special file is also marked not to be read. */
  void check(FolderWalker.Entry entry, IngestItem item) {
    FileKind kind = entry.stat().kind();
    if (kind == FileKind.SYMLINK) {
      item.skip();
      symlink(entry, item);
    } else if (kind != FileKind.REGULAR) {
      item.skip();
      item.problem(
          STAGE, "special-file", ErrorSeverity.WARNING, kind.word() + ": recorded, not read");
    } else if (entry.stat().sparse()) {
      item.problem(
          STAGE,
          "sparse-file",
          ErrorSeverity.WARNING,
          entry.stat().size()
              + " bytes of which "
              + entry.stat().allocatedBytes()
              + " allocated: mostly holes (read as zeros)");
    }
    name(entry.relative(), item);
  }

  private void symlink(FolderWalker.Entry entry, IngestItem item) {
    String target;
    byte[] targetBytes;
    try {
      targetBytes = posix.readLink(entry.absolute());
      target = ItemPath.ofBytes(targetBytes).display();
    } catch (PosixException e) {
      item.problem(
          STAGE,
          "symlink",
          ErrorSeverity.WARNING,
          "symlink (target unreadable): " + e.getMessage());
      return;
    }
    String kind = "symlink";
    String detail = "symlink to " + target + ": recorded, not followed";
    if (!inside(entry.absolute(), targetBytes)) {
      kind = "symlink-outside";
      detail = "symlink to " + target + ", outside the source: recorded, not followed";
    } else {
      try {
        posix.statFollowing(entry.absolute());
      } catch (PosixException e) {
        if (e.errno() == PosixException.ELOOP) {
          kind = "symlink-loop";
          detail = "symlink to " + target + " is part of a loop: recorded, not followed";
        } else {
          kind = "symlink-dangling";
          detail = "symlink to " + target + ", which does not exist: recorded";
        }
      }
    }
    item.problem(STAGE, kind, ErrorSeverity.WARNING, detail);
  }

  // Lexically: the target resolved against the link's directory stays under the root.
  private boolean inside(byte[] link, byte[] target) {
    String base = new String(link, StandardCharsets.ISO_8859_1);
    String t = new String(target, StandardCharsets.ISO_8859_1);
    String joined = t.startsWith("/") ? t : base.substring(0, base.lastIndexOf('/') + 1) + t;
    List<String> parts = new ArrayList<>();
    for (String p : joined.split("/", -1)) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else {
        parts.add(p);
      }
    }
    String normal = "/" + String.join("/", parts);
    String r = new String(root, StandardCharsets.ISO_8859_1);
    return normal.equals(r) || normal.startsWith(r.endsWith("/") ? r : r + "/");
  }

  private static void name(byte[] relative, IngestItem item) {
    int start = 0;
    for (int i = 0; i < relative.length; i++) {
      if (relative[i] == '/') {
        start = i + 1;
      }
    }
    int length = relative.length - start;
    List<String> notes = new ArrayList<>();
    for (int i = start; i < relative.length; i++) {
      int b = relative[i] & 0xff;
      if (b < 0x20 || b == 0x7f) {
        notes.add(b == '\n' ? "a newline" : "control characters");
        break;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(relative, start, length));
    } catch (CharacterCodingException e) {
      notes.add("bytes that are not UTF-8 (shown as \\xNN)");
    }
    if (length >= NAME_MAX) {
      notes.add(length + " bytes, the filesystem's maximum name length");
    }
    if (!notes.isEmpty()) {
      item.problem(
          STAGE, "unusual-name", ErrorSeverity.WARNING, "name has " + String.join(", ", notes));
    }
  }
}
