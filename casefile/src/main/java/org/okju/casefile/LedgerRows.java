package org.okju.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the ledger tables (SCHEMA.md, "Ledger"), as the {@link Ledger} store reads and writes
 * them. Entity and fact types, statuses and roles are the lower-case words of the schema.
 */
public final class LedgerRows {
  private LedgerRows() {}

  /** A document whose text was extracted, to be written. */
  public record NewDocument(
      Optional<ItemId> item,
      String name,
      Sha256 sha256,
      Optional<String> mediaType,
      int pages,
      String body,
      String status,
      Optional<String> message,
      Instant extractedAt) {}

  /** A stored document (without its text; see {@link Ledger#documentBody}). */
  public record Document(
      long id,
      Optional<ItemId> item,
      String name,
      String sha256,
      Optional<String> mediaType,
      int pages,
      String status,
      Optional<String> message,
      Instant extractedAt) {}

  /** An entity: one row per (type, normalized form); a merged one points at its survivor. */
  public record Entity(
      long id,
      String type,
      String value,
      String normalized,
      Optional<String> role,
      Optional<String> currency,
      Optional<Long> mergedInto) {}

  /**
   * Where an entity is mentioned.
   *
   * @param flags the reader's stable words about this mention (e.g. {@code doubtful-person}); empty
   *     for mentions stored before they were kept
   */
  public record Mention(
      long entityId,
      long documentId,
      int page,
      int line,
      int start,
      int end,
      String quote,
      double confidence,
      List<String> flags) {
    public Mention {
      flags = List.copyOf(flags);
    }
  }

  /** Where a fact was read: document, page, line, character span and the quoted line. */
  public record Provenance(long documentId, int page, int line, int start, int end, String quote) {}

  /**
   * A fact's content.
   *
   * @param key what makes it the same fact on a second extraction (document, line, type, parties)
   */
  public record FactContent(
      String key,
      String type,
      Optional<Long> subject,
      Optional<Long> object,
      Optional<BigDecimal> amount,
      Optional<String> currency,
      Optional<BigDecimal> percent,
      Optional<String> date,
      Optional<Long> place,
      double confidence,
      List<String> flags,
      Provenance provenance) {
    public FactContent {
      flags = List.copyOf(flags);
    }
  }

  /**
   * A stored fact with its review status ({@code suggested}, {@code confirmed}, {@code rejected}).
   */
  public record Fact(long id, String status, FactContent content) {}

  /** Who decided what, when, and the custody entry that logs it. */
  public record Decision(
      long id,
      Optional<Long> fact,
      Optional<Long> entity,
      String action,
      String user,
      Instant at,
      String detailJson,
      Optional<Long> custodySequence) {}

  /** What an edit changes; empty fields are kept. */
  public record FactEdit(
      Optional<Long> subject,
      Optional<Long> object,
      Optional<BigDecimal> amount,
      Optional<String> currency,
      Optional<BigDecimal> percent,
      Optional<String> date,
      Optional<Long> place) {}

  /**
   * A person of the identity table: the pseudonym everything else shows, the role (victim, accused,
   * accomplice, witness, unknown), whether a reviewer confirmed it, and every spelling of the name.
   */
  public record Identity(
      long entityId, String pseudonym, String role, boolean confirmed, List<PersonName> names) {
    public Identity {
      names = List.copyOf(names);
    }
  }

  /**
   * One spelling of a person's name.
   *
   * @param kind {@code name} (as the reader normalised it), {@code written} (as written, when that
   *     differs), {@code reviewer} (added by a reviewer), {@code title} (a bare role word such as
   *     약사 or boss, which is not a name)
   */
  public record PersonName(String name, String kind) {}

  /**
   * Why the reader suggested a role for a person: the cue word and where it was read.
   *
   * @param provenance the line, its quote holding pseudonyms only
   */
  public record RoleEvidence(long entityId, String role, String cue, Provenance provenance) {}

  /** A reviewer's decision about a person's role, and the custody entry that logs it. */
  public record RoleDecision(
      long id,
      long entityId,
      String role,
      String previousRole,
      String user,
      Instant at,
      Optional<Long> custodySequence) {}
}
