package org.okju.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.okju.casefile.Copies;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.SourceId;
import org.okju.casefile.VideoFrame;
import org.okju.evidence.EvidenceStream;
import org.okju.text.ExtractedText;
import org.okju.text.PageLikeness;

/**
 * An item while the stages work on it: a file of the source or an archive member. Confined to one
 * worker thread; not thread-safe.
 */
public final class IngestItem {
  /** Opens the item's bytes for its one read. */
  interface Opener {
    EvidenceStream open() throws IOException;
  }

  private final SourceId source;
  private final Optional<ItemId> parent;
  private final ItemPath path;
  private final String displayPath;
  private final int depth;
  private final Opener opener;
  private final ContentReader.Budget budget;
  private long declaredSize;
  private FileTimes times;
  private boolean readable = true;
  private boolean skipped;
  private ReadResult read;
  private ImagePdq pdq;
  private List<VideoFrame> frames = List.of();
  private List<Copies.Signal> copySignals = List.of();
  private Copies.Picture picture;
  private ExtractedText text;
  private PageLikeness.Verdict page;
  private final Map<String, String> metadata = new TreeMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private ItemId registeredId;
  private ExpansionBudget expansion;

  IngestItem(
      SourceId source,
      Optional<ItemId> parent,
      ItemPath path,
      String displayPath,
      int depth,
      long declaredSize,
      FileTimes times,
      Opener opener,
      ContentReader.Budget budget) {
    this.source = source;
    this.parent = parent;
    this.path = path;
    this.displayPath = displayPath;
    this.depth = depth;
    this.declaredSize = declaredSize;
    this.times = times;
    this.opener = opener;
    this.budget = budget;
  }

  /** The path inside the source, or inside its archive for a member. */
  public ItemPath path() {
    return path;
  }

  /** The full path for people: a member shows as {@code archive.zip!/member}. */
  public String displayPath() {
    return displayPath;
  }

  /** How many archives it is nested in (0 for a file of the source). */
  public int depth() {
    return depth;
  }

  /** The detected media type, once read. */
  public Optional<String> mediaType() {
    return read == null ? Optional.empty() : Optional.of(read.type().contentType());
  }

  /** Records a problem; the item goes on through the other stages. */
  public void problem(String stage, String kind, ErrorSeverity severity, String message) {
    problems.add(new Problem(stage, kind, severity, message));
  }

  SourceId source() {
    return source;
  }

  Optional<ItemId> parent() {
    return parent;
  }

  Opener opener() {
    return opener;
  }

  ContentReader.Budget budget() {
    return budget;
  }

  long declaredSize() {
    return declaredSize;
  }

  FileTimes times() {
    return times;
  }

  void times(FileTimes t) {
    this.times = t;
  }

  /** Marks an entry that is deliberately not read (FIFO, device, symlink). */
  void skip() {
    this.skipped = true;
    this.readable = false;
  }

  boolean skipped() {
    return skipped;
  }

  /** Marks an item whose read failed: later stages leave it alone. */
  void unreadable() {
    this.readable = false;
  }

  boolean readable() {
    return readable;
  }

  Optional<ReadResult> read() {
    return Optional.ofNullable(read);
  }

  void read(ReadResult r) {
    this.read = r;
    this.declaredSize = r.size();
  }

  /** The SHA-256 of the content as read (lower-case hex), once read. */
  Optional<String> sha256Hex() {
    return read().flatMap(r -> r.digests().sha256()).map(d -> d.toHex());
  }

  Optional<Content> content() {
    return read == null ? Optional.empty() : read.content();
  }

  Optional<ImagePdq> pdq() {
    return Optional.ofNullable(pdq);
  }

  void pdq(ImagePdq p) {
    this.pdq = p;
  }

  List<VideoFrame> frames() {
    return frames;
  }

  void frames(List<VideoFrame> f) {
    this.frames = List.copyOf(f);
  }

  List<Copies.Signal> copySignals() {
    return copySignals;
  }

  void copySignals(List<Copies.Signal> s) {
    this.copySignals = List.copyOf(s);
  }

  /** An image's picture profile and thumbnail, for copy grouping. */
  Optional<Copies.Picture> picture() {
    return Optional.ofNullable(picture);
  }

  void picture(Copies.Picture p) {
    this.picture = p;
  }

  Optional<ExtractedText> text() {
    return Optional.ofNullable(text);
  }

  void text(ExtractedText t) {
    this.text = t;
  }

  /** Whether the image is a picture of a page, when the pdq stage judged it. */
  Optional<PageLikeness.Verdict> page() {
    return Optional.ofNullable(page);
  }

  void page(PageLikeness.Verdict v) {
    this.page = v;
  }

  /** The item's name as read (the extension judges a text file Tika calls binary). */
  Optional<TypeDetector.Detection> detection() {
    return read == null ? Optional.empty() : Optional.of(read.type());
  }

  Map<String, String> metadata() {
    return metadata;
  }

  List<Problem> problems() {
    return problems;
  }

  /** The budget of the archive tree this member belongs to; empty for a file of the source. */
  Optional<ExpansionBudget> expansion() {
    return Optional.ofNullable(expansion);
  }

  void expansion(ExpansionBudget b) {
    this.expansion = b;
  }

  Optional<ItemId> registeredId() {
    return Optional.ofNullable(registeredId);
  }

  void registeredId(ItemId id) {
    this.registeredId = id;
  }

  /** The outcome from what was recorded. */
  ItemStatus status() {
    if (problems.stream().anyMatch(p -> p.severity() == ErrorSeverity.ERROR)) {
      return ItemStatus.ERROR;
    }
    if (skipped) {
      return ItemStatus.SKIPPED;
    }
    return problems.isEmpty() ? ItemStatus.OK : ItemStatus.WARNING;
  }

  /** Releases kept bytes (deletes a spool file). */
  void release() {
    content().ifPresent(Content::close);
  }
}
