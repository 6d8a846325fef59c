package org.okju.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueManifest;
import org.okju.casefile.Digests;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.Md5;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.NewItem;
import org.okju.casefile.NewSource;
import org.okju.casefile.PdqHex;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;
import org.okju.casefile.SourceStatus;

/**
 * A small case written through the casefile API as ingest would write it (until ingest lands): an
 * evidence folder of five files (two real PNG images, one of them with a victim's real name in its
 * file name and marked sensitive, a "video", a text note and a zip "archive" with two member rows),
 * one source with its manifest, fingerprints and metadata, and the custody entries of the ingest.
 */
final class CaseFixture {
  static final String USER = "inv1";
  static final String VERSION = "0.1.0-test";
  static final String VICTIM_REAL_NAME = "Jane Roe";
  static final String SENSITIVE_FILE = "Jane Roe bedroom.png";
  static final Instant MODIFIED = Instant.parse("2024-05-01T12:00:00Z");

  final CaseLocation location;
  final Path evidence;
  final Path keys;
  final boolean signing;
  SourceId source;
  final List<ItemId> items = new ArrayList<>();

  private CaseFixture(CaseLocation location, Path evidence, Path keys, boolean signing) {
    this.location = location;
    this.evidence = evidence;
    this.keys = keys;
    this.signing = signing;
  }

  /** An ingested case in an SQLite case directory under {@code tmp}. */
  static CaseFixture sqlite(Path tmp, boolean signing) throws Exception {
    Path dir = tmp.resolve("case");
    return new CaseFixture(CaseLocation.directory(dir), tmp.resolve("evidence"), dir, signing)
        .ingest();
  }

  /** An ingested case on the given database (PostgreSQL), keys and evidence under {@code tmp}. */
  static CaseFixture on(CaseLocation location, Path tmp, boolean signing) throws Exception {
    return new CaseFixture(location, tmp.resolve("evidence"), tmp.resolve("keys"), signing)
        .ingest();
  }

  CaseStore open() {
    return CaseStore.open(c -> c.location(location).keyDirectory(keys).signing(signing));
  }

  Path caseDirectory() {
    return ((CaseLocation.Directory) location).path();
  }

  private CaseFixture ingest() throws Exception {
    Files.createDirectories(evidence.resolve("notes"));
    write("beach.png", png(new Color(40, 120, 200)));
    write(SENSITIVE_FILE, png(new Color(200, 80, 60)));
    write(
        "clip.mp4", "not really a video, but bytes all the same".getBytes(StandardCharsets.UTF_8));
    write("notes/ledger.txt", "V-001 paid 30% to the uploader".getBytes(StandardCharsets.UTF_8));
    write("bundle.zip", "PK zip stand-in".getBytes(StandardCharsets.UTF_8));
    try (CaseStore store = open()) {
      append(store, "case-created", "{}", Map.of());
      Instant started = Instant.parse("2025-01-10T09:00:00Z");
      source =
          store
              .sources()
              .start(
                  new NewSource(
                      ItemPath.of(evidence.toString()),
                      started,
                      VERSION,
                      USER,
                      "okju ingest " + evidence));
      append(store, "ingest-started", "{\"source\":" + source.value() + "}", Map.of());
      ItemId beach = file(store, "beach.png", "image/png");
      ItemId sensitive = file(store, SENSITIVE_FILE, "image/png");
      file(store, "clip.mp4", "video/mp4");
      file(store, "notes/ledger.txt", "text/plain");
      ItemId zip = file(store, "bundle.zip", "application/zip");
      member(store, zip, "inside/a.jpg", "member a");
      member(store, zip, "inside/b.txt", "member b");
      store
          .fingerprints()
          .putImage(
              beach, new ImagePdq(PdqHex.parse("f".repeat(16) + "0".repeat(48)), 90, Map.of()));
      store.metadata().put(beach, Map.of("exif.camera", "Phone X"));
      store.metadata().put(sensitive, Map.of(Privacy.SENSITIVE_NAME, "true"));
      List<Item> all;
      try (Stream<Item> s = store.items().stream(source)) {
        all = s.collect(Collectors.toList());
      }
      Sha256 manifest = CatalogueManifest.compute(store.items(), source);
      store
          .sources()
          .finish(
              source,
              SourceStatus.COMPLETE,
              manifest,
              all.size(),
              Instant.parse("2025-01-10T09:05:00Z"));
      append(
          store,
          CaseVerifier.SOURCE_INGESTED,
          "{\"source\":" + source.value() + ",\"path\":\"" + evidence + "\"}",
          Map.of("manifest", manifest));
    }
    return this;
  }

  private void write(String name, byte[] bytes) throws IOException {
    Path p = evidence.resolve(name);
    Files.write(p, bytes);
    Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(MODIFIED));
  }

  private ItemId file(CaseStore store, String name, String type) throws Exception {
    byte[] content = Files.readAllBytes(evidence.resolve(name));
    ItemId id = store.items().upsert(row(Optional.empty(), name, content, type));
    items.add(id);
    return id;
  }

  private void member(CaseStore store, ItemId archive, String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    items.add(store.items().upsert(row(Optional.of(archive), name, bytes, "text/plain")));
  }

  private NewItem row(Optional<ItemId> parent, String name, byte[] content, String type) {
    return NewItem.listed(source, parent, ItemPath.of(name))
        .withFileInfo(
            content.length,
            new FileTimes(
                Optional.of(MODIFIED), Optional.empty(), Optional.empty(), Optional.empty()))
        .withMediaType(type, false)
        .withDigests(
            Digests.of(
                Md5.of(digest("MD5", content)),
                Sha1.of(digest("SHA-1", content)),
                Sha256.of(digest("SHA-256", content))))
        .withState(ItemStatus.OK, ItemProgress.DONE);
  }

  private static void append(
      CaseStore store, String action, String params, Map<String, Sha256> out) {
    store.custody().append(NewCustodyEntry.of(USER, action, params, Map.of(), out, VERSION));
  }

  static byte[] digest(String algorithm, byte[] content) {
    try {
      return MessageDigest.getInstance(algorithm).digest(content);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] png(Color color) throws IOException {
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.WHITE);
    g.fillOval(16, 8, 32, 32);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** Runs SQL as someone owning the database, after lifting the custody log's append-only guard. */
  void tamper(String... sql) throws SQLException {
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      if (location instanceof CaseLocation.Directory) {
        s.execute("DROP TRIGGER IF EXISTS custody_entry_no_update");
        s.execute("DROP TRIGGER IF EXISTS custody_entry_no_delete");
      } else {
        s.execute("ALTER TABLE custody_entry DISABLE TRIGGER USER");
      }
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  Connection raw() throws SQLException {
    if (location instanceof CaseLocation.Directory d) {
      return DriverManager.getConnection("jdbc:sqlite:" + d.database());
    }
    return DriverManager.getConnection(((CaseLocation.Server) location).jdbcUrl());
  }
}
