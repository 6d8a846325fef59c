package org.okju.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/**
 * {@code okju export takedown --format hma-bank|stopncii}: the tapes' copies as a partner's hash
 * bank ({@link HmaBankFile}, {@link StopNciiFile}), written atomically and logged ({@code
 * hash-exchange-exported}, with the file's SHA-256 and the counts). Only the tape id labels a hash:
 * no file name, no person, no URL. Not thread-safe.
 */
public final class HashExchangeExport {
  /** The formats, as {@code --format} names them. */
  public static final List<String> FORMATS = List.of("hma-bank", "stopncii");

  /** The custody action of an export. */
  public static final String EXPORTED = "hash-exchange-exported";

  private static final ObjectMapper JSON = new ObjectMapper();

  private HashExchangeExport() {}

  /**
   * What was written.
   *
   * @param hashes the hashes in the file
   * @param confirmed how many of them a person confirmed
   * @param suppressed how many signals the negative bank held back
   */
  public record Result(
      Path file, Sha256 sha256, int tapes, int hashes, int confirmed, int suppressed) {}

  /**
   * Writes the hashes of {@code tapes}' copies (empty: all) in {@code format} to {@code out}.
   *
   * @param withUnconfirmed also the copies no person confirmed (flagged unconfirmed)
   * @throws IllegalArgumentException when the format is unknown or a tape is not in the case
   * @throws IllegalStateException when the case has no tapes
   * @throws Notices.NothingToDoException when there is no hash to export (nothing confirmed yet)
   */
  public static Result export(
      CaseStore store,
      String format,
      List<String> tapes,
      boolean withUnconfirmed,
      Path out,
      Instant now,
      String user,
      String okjuVersion)
      throws IOException, Platforms.BadRegistryException, Notices.NothingToDoException {
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException(
          "hash exchange formats are hma-bank and stopncii, not " + format);
    }
    HashExchange.Offer offer = HashExchange.of(store, tapes, withUnconfirmed);
    List<ExchangeHash> hashes =
        format.equals("stopncii")
            ? offer.hashes().stream()
                .filter(h -> StopNciiFile.SIGNAL_TYPES.containsKey(h.signalType()))
                .toList()
            : offer.hashes();
    if (hashes.isEmpty()) {
      throw new Notices.NothingToDoException(
          withUnconfirmed
              ? "no copy of these tapes has a hash to offer"
              : "no confirmed copy: confirm sightings (okju sightings confirm) or link tapes to"
                  + " victims (okju takedown victim), or add --unconfirmed");
    }
    byte[] bytes =
        format.equals("stopncii") ? StopNciiFile.bytes(hashes, now) : HmaBankFile.bytes(hashes);
    Sha256 sha = NoticeFiles.writeAtomically(out, bytes);
    int confirmed = (int) hashes.stream().filter(ExchangeHash::confirmed).count();
    ObjectNode p = JSON.createObjectNode();
    p.put("format", format);
    p.put("file", String.valueOf(out.getFileName()));
    p.putArray("tapes").addAll(offer.tapes().stream().sorted().map(p::textNode).toList());
    p.put("unconfirmed_included", withUnconfirmed);
    p.put("hashes", hashes.size());
    p.put("confirmed", confirmed);
    p.put("suppressed_by_negative_bank", offer.suppressed());
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user, EXPORTED, p.toString(), Map.of(), Map.of("hash-exchange", sha), okjuVersion));
    return new Result(out, sha, offer.tapes().size(), hashes.size(), confirmed, offer.suppressed());
  }
}
