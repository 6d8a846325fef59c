package org.okju.ingest;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;

/** Turns the entries of one open archive into member items and runs them. Not thread-safe. */
final class Members {
  private final StageContext context;
  private final IngestItem archive;
  private final ItemId archiveId;
  private final ExpansionBudget budget;
  private int count;

  Members(StageContext context, IngestItem archive, ItemId archiveId, ExpansionBudget budget) {
    this.context = context;
    this.archive = archive;
    this.archiveId = archiveId;
    this.budget = budget;
  }

  int count() {
    return count;
  }

  /** Whether expansion must stop (the archive tree's total budget is spent). */
  boolean stopped() {
    return budget.exhausted();
  }

  /**
   * Catalogues and reads one member.
   *
   * @param entry the archive entry (for size and time), or null for a compressed single stream
   * @param compressed its compressed size, or -1 when unknown
   * @param refusal why its data must not be read ("encrypted"...), if so
   */
  void add(
      byte[] name,
      ArchiveEntry entry,
      long compressed,
      Optional<String> refusal,
      IngestItem.Opener opener)
      throws InterruptedException {
    IngestItem member = item(name, entry, opener, budget.member(compressed));
    refusal.ifPresent(
        kind -> {
          member.unreadable();
          member.problem(
              ArchiveStage.NAME,
              kind,
              ErrorSeverity.ERROR,
              kind.equals("encrypted")
                  ? "encrypted member: its content cannot be read without the password"
                  : "member uses a compression method okju cannot read");
        });
    run(member);
  }

  /** Catalogues a link or special file found in an archive, without reading it. */
  void special(byte[] name, ArchiveEntry entry, String what) throws InterruptedException {
    IngestItem member = item(name, entry, null, ContentReader.Budget.NONE);
    member.skip();
    member.problem(ArchiveStage.NAME, "special-file", ErrorSeverity.WARNING, what + ": not read");
    run(member);
  }

  private IngestItem item(
      byte[] name, ArchiveEntry entry, IngestItem.Opener opener, ContentReader.Budget b) {
    ItemPath path = ItemPath.ofBytes(name);
    long size = entry == null ? -1 : entry.getSize();
    Date modified = entry == null ? null : entry.getLastModifiedDate();
    FileTimes times =
        new FileTimes(
            Optional.ofNullable(modified).map(Date::toInstant).filter(Members::plausible),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    IngestItem member =
        new IngestItem(
            archive.source(),
            Optional.of(archiveId),
            path,
            archive.displayPath() + "!/" + path.display(),
            archive.depth() + 1,
            size,
            times,
            opener,
            b);
    member.expansion(budget);
    return member;
  }

  private void run(IngestItem member) throws InterruptedException {
    count++;
    context.processMember(member);
  }

  private static boolean plausible(Instant t) {
    return t.getEpochSecond() > 0;
  }
}
