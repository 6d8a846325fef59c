package org.okju.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Takedowns;

/**
 * What a takedown team's reviewers decide, each a custody entry: a sighting confirmed or rejected
 * ({@code sighting-reviewed}; a rejected one is no sighting any more, a confirmed one may go to
 * partners as confirmed), a tape linked to a victim by pseudonym ({@code tape-victim-linked}: the
 * notices and the victim's report use it, and the drive's copies of the tape count as confirmed),
 * hashes added to the negative bank ({@code negative-hashes-added}: never exported, never matched).
 * Not thread-safe (one writer per case).
 */
public final class TakedownDecisions {
  public static final String REVIEWED = "sighting-reviewed";
  public static final String VICTIM_LINKED = "tape-victim-linked";
  public static final String NEGATIVES_ADDED = "negative-hashes-added";

  /** A case pseudonym: what may stand for a victim outside the identity table. */
  public static final Pattern PSEUDONYM = Pattern.compile("V-\\d{3,}");

  private static final Map<String, Pattern> NEGATIVE_KINDS =
      Map.of(
          "md5", Pattern.compile("[0-9a-f]{32}"),
          "sha256", Pattern.compile("[0-9a-f]{64}"),
          "pdq", Pattern.compile("[0-9a-f]{64}"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;
  private final String user;
  private final String okjuVersion;

  public TakedownDecisions(CaseStore store, String user, String okjuVersion) {
    this.store = store;
    this.user = user;
    this.okjuVersion = okjuVersion;
  }

  /**
   * Records a reviewer's decision on the sighting of {@code tape} at {@code url}, replacing an
   * earlier one.
   *
   * @param decision {@code confirmed} or {@code rejected}
   * @throws IllegalArgumentException when there is no such sighting (nor an earlier decision on
   *     it), or the decision is neither
   */
  public void review(String url, String tape, String decision, String reason, Instant at)
      throws Platforms.BadRegistryException {
    if (!decision.equals("confirmed") && !decision.equals("rejected")) {
      throw new IllegalArgumentException("a decision is confirmed or rejected, not " + decision);
    }
    boolean known =
        SightingBook.of(store, Platforms.of(store)).stream()
                .anyMatch(s -> s.url().equals(url) && s.tape().equals(tape))
            || store.takedowns().reviews().stream()
                .anyMatch(r -> r.sighting().url().equals(url) && r.sighting().tape().equals(tape));
    if (!known) {
      throw new IllegalArgumentException(
          "no sighting of " + tape + " at " + url + ": okju sightings lists them");
    }
    Takedowns.SightingKey key = new Takedowns.SightingKey(url, tape);
    store.takedowns().putReview(new Takedowns.Review(key, decision, user, at, reason));
    ObjectNode p = JSON.createObjectNode();
    p.put("url", url);
    p.put("tape", tape);
    p.put("decision", decision);
    p.put("reason", reason);
    append(REVIEWED, p);
  }

  /**
   * Records that {@code tape} shows the victim {@code pseudonym}.
   *
   * @throws IllegalArgumentException when the tape is not in the case or the pseudonym is not one
   *     ({@code V-001}): a name is refused, it must not leave the identity table
   */
  public void linkVictim(String tape, String pseudonym, Instant at) {
    if (!PSEUDONYM.matcher(pseudonym).matches()) {
      throw new IllegalArgumentException(
          "a victim is given by pseudonym (V-001), never by name: okju ledger people lists them");
    }
    if (store.copies().tapes().stream().noneMatch(t -> t.id().equals(tape))) {
      throw new IllegalArgumentException(
          "no tape " + tape + " in the case: okju copies lists them");
    }
    store.takedowns().putTapeVictim(tape, pseudonym, user, at);
    ObjectNode p = JSON.createObjectNode();
    p.put("tape", tape);
    p.put("pseudonym", pseudonym);
    append(VICTIM_LINKED, p);
  }

  /**
   * Adds hashes of one kind to the negative bank; returns how many were new.
   *
   * @param kind {@code md5}, {@code sha256} or {@code pdq}
   * @param reason why ({@code partner-false}, {@code reviewer-rejected}, ...)
   * @param source who reported them (a partner's name, a reviewer)
   * @throws IllegalArgumentException when the kind is unknown or a hash is not of that kind
   */
  public int addNegatives(
      String kind, List<String> hashes, String reason, String source, Instant at) {
    Pattern form = NEGATIVE_KINDS.get(kind);
    if (form == null) {
      throw new IllegalArgumentException("a negative hash is md5, sha256 or pdq, not " + kind);
    }
    List<Takedowns.NegativeHash> rows = new ArrayList<>();
    for (String h : hashes) {
      String hex = h.strip().toLowerCase(Locale.ROOT);
      if (!form.matcher(hex).matches()) {
        throw new IllegalArgumentException("not a " + kind + " hash: " + h);
      }
      rows.add(new Takedowns.NegativeHash(kind, hex, reason, source, at, user));
    }
    int added = store.takedowns().addNegative(rows);
    ObjectNode p = JSON.createObjectNode();
    p.put("kind", kind);
    p.put("reason", reason);
    p.put("source", source);
    p.put("given", rows.size());
    p.put("added", added);
    p.putArray("hashes").addAll(rows.stream().map(r -> p.textNode(r.hash())).toList());
    append(NEGATIVES_ADDED, p);
    return added;
  }

  private void append(String action, ObjectNode parameters) {
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user, action, parameters.toString(), Map.of(), Map.of(), okjuVersion));
  }
}
