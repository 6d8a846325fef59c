package org.okju.ingest;

import org.okju.casefile.ItemId;
import org.okju.fingerprint.crash.CrashJournal;

/** What a stage may use besides the item: the run's settings and the catalogue. */
interface StageContext {
  /** The frozen settings of this run. */
  IngestSettings settings();

  /**
   * Catalogues a container item (an archive) right away, before its members, and returns its id;
   * its row is marked done later, after its members, by the writer.
   */
  ItemId registerContainer(IngestItem item) throws InterruptedException;

  /** Marks this worker's native decodes in flight in the case's crash journal. */
  CrashJournal.Guard decoderGuard();

  /** Runs every stage on an archive member, in this worker, and hands it to the writer. */
  void processMember(IngestItem member) throws InterruptedException;
}
