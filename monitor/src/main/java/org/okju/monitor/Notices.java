package org.okju.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;
import org.okju.casefile.Takedowns;

/**
 * {@code okju notice}: writes one request to a platform for all of its open sightings, in the form
 * a regime wants, as HTML, text, e-mail or PDF; records it in the case and the custody log ({@code
 * notice-written}). {@code okju notice sent} marks the sightings of the platform's latest notice
 * notified ({@code notice-sent}). Not thread-safe (one writer per case).
 */
public final class Notices {
  public static final String WRITTEN = "notice-written";
  public static final String SENT = "notice-sent";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;

  public Notices(CaseStore store) {
    this.store = store;
  }

  /** Thrown when there is nothing to notify or notice about, with why. */
  public static final class NothingToDoException extends Exception {
    private static final long serialVersionUID = 1L;

    NothingToDoException(String message) {
      super(message);
    }
  }

  /** What was written. */
  public record Written(long id, Path file, String format, Sha256 sha256, List<Sighting> items) {}

  /**
   * Writes the notice of {@code platformName}'s open sightings under {@code regime} to {@code out}
   * (format from its extension: html, txt, eml, pdf).
   *
   * @throws NothingToDoException when the platform has no open sighting
   * @throws Platforms.BadRegistryException when the case's registry cannot be read
   * @throws IOException when the file cannot be written
   */
  public Written write(
      String platformName,
      String regime,
      Path out,
      Notifier notifier,
      Instant now,
      String user,
      String okjuVersion)
      throws NothingToDoException, Platforms.BadRegistryException, IOException {
    String format = NoticeFiles.format(out);
    Platforms platforms = Platforms.of(store);
    List<Sighting> open = open(platformName, platforms);
    Platform platform = platforms.named(platformName).orElseThrow();
    long number = store.takedowns().notices().size() + 1L;
    NoticeDocument doc =
        NoticeRegimes.build(
            new NoticeRegimes.Request(
                regime,
                platform,
                notifier,
                open,
                store.takedowns().tapeVictims(),
                now,
                "okju notice N-" + number));
    byte[] bytes = NoticeFiles.bytes(doc, format, platform, notifier, now);
    Sha256 sha = NoticeFiles.writeAtomically(out, bytes);
    List<Takedowns.SightingKey> keys = new ArrayList<>();
    open.forEach(s -> keys.add(new Takedowns.SightingKey(s.url(), s.tape())));
    store.takedowns().putSetting(Notifier.SETTING, notifier.toJson());
    long id =
        store
            .takedowns()
            .putNotice(
                new Takedowns.Notice(0, platform.name(), regime, format, sha, now, user, keys));
    ObjectNode p = JSON.createObjectNode();
    p.put("notice", id);
    p.put("platform", platform.name());
    p.put("regime", regime);
    p.put("format", format);
    ArrayNode items = p.putArray("sightings");
    keys.forEach(k -> items.addObject().put("url", k.url()).put("tape", k.tape()));
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user, WRITTEN, p.toString(), Map.of(), Map.of("notice", sha), okjuVersion));
    return new Written(id, out, format, sha, open);
  }

  /**
   * Marks the sightings of {@code platformName}'s latest notice notified at {@code at}.
   *
   * @throws NothingToDoException when no notice was written for the platform
   */
  public List<Takedowns.SightingKey> sent(
      String platformName, Instant at, String user, String okjuVersion)
      throws NothingToDoException, Platforms.BadRegistryException {
    Platforms platforms = Platforms.of(store);
    String name = platforms.named(platformName).map(Platform::name).orElse(platformName);
    Takedowns.Notice latest = null;
    for (Takedowns.Notice n : store.takedowns().notices()) {
      if (n.platform().equalsIgnoreCase(name)) {
        latest = n;
      }
    }
    if (latest == null) {
      throw new NothingToDoException(
          "no notice written for " + name + ": write it first with okju notice --platform");
    }
    List<Takedowns.Notified> rows = new ArrayList<>();
    for (Takedowns.SightingKey k : latest.sightings()) {
      rows.add(new Takedowns.Notified(k, latest.platform(), at, user));
    }
    store.takedowns().putNotified(rows);
    ObjectNode p = JSON.createObjectNode();
    p.put("notice", latest.id());
    p.put("platform", latest.platform());
    p.put("sent_at", at.toString());
    p.put("sightings", rows.size());
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user,
                SENT,
                p.toString(),
                Map.of("notice", latest.fileSha256()),
                Map.of(),
                okjuVersion));
    return latest.sightings();
  }

  /** The platform's sightings still online, by URL. */
  private List<Sighting> open(String platformName, Platforms platforms)
      throws NothingToDoException {
    List<Sighting> out = new ArrayList<>();
    for (Sighting s : SightingBook.of(store, platforms)) {
      if (s.open()
          && s.platform().toLowerCase(Locale.ROOT).equals(platformName.toLowerCase(Locale.ROOT))) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new NothingToDoException(
          "no open sighting on " + platformName + ": okju sightings lists them by platform");
    }
    return out;
  }
}
