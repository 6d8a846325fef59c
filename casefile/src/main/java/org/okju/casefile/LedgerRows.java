package org.okju.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * An entity: one row per (type, normalized form); a merged one points at its survivor.
   *
   * @param state {@link #FOUND}, {@link #RETIRED} or {@link #NO_LONGER_FOUND}
   */
  public record Entity(
      long id,
      String type,
      String value,
      String normalized,
      Optional<String> role,
      Optional<String> currency,
      Optional<Long> mergedInto,
      String state) {
    /** An entity some reading finds. */
    public Entity(
        long id,
        String type,
        String value,
        String normalized,
        Optional<String> role,
        Optional<String> currency,
        Optional<Long> mergedInto) {
      this(id, type, value, normalized, role, currency, mergedInto, FOUND);
    }

    /** Whether no reading finds it and no reviewer decided about it: shown nowhere. */
    public boolean retired() {
      return state.equals(RETIRED);
    }

    /** Whether no reading finds it any more, though a reviewer decided about it. */
    public boolean noLongerFound() {
      return state.equals(NO_LONGER_FOUND);
    }
  }

  /** The state of an entity some reading of the case's documents finds. */
  public static final String FOUND = "found";

  /**
   * The state of an entity no reading finds and no reviewer decided about: not shown, not exported,
   * never deleted (a person keeps their pseudonym and stays withheld).
   */
  public static final String RETIRED = "retired";

  /**
   * The state of an entity no reading finds any more, though a reviewer decided about it; and the
   * flag word of such a fact. Kept and shown, for the reviewer to see.
   */
  public static final String NO_LONGER_FOUND = "no-longer-found";

  /**
   * A mention's place among a reading's mentions, as {@link ForgottenReading#mentions} holds them:
   * {@code "E<entity>@<start>"}.
   */
  public static String mentionKey(long entityId, long start) {
    return "E" + entityId + "@" + start;
  }

  /**
   * What a document's previous reading left, now forgotten ({@link Ledger#forgetReading}).
   *
   * @param mentions the (entity, start) of each mention it had, as {@link #mentionKey}
   * @param evidence how many role evidence rows it had
   * @param entities every entity it mentioned, gave evidence for, or made a party or place of a
   *     fact
   * @param people the people among them with role evidence from it
   * @param factKeys the keys of the facts it suggested (kept until {@link Ledger#settleFacts})
   */
  public record ForgottenReading(
      Set<String> mentions,
      int evidence,
      Set<Long> entities,
      Set<Long> people,
      Set<String> factKeys) {
    public ForgottenReading {
      mentions = Set.copyOf(mentions);
      entities = Set.copyOf(entities);
      people = Set.copyOf(people);
      factKeys = Set.copyOf(factKeys);
    }

    /** Whether the document had been read before. */
    public boolean any() {
      return !mentions.isEmpty() || evidence > 0 || !entities.isEmpty() || !factKeys.isEmpty();
    }
  }

  /**
   * What settling a document's facts after a reading did ({@link Ledger#settleFacts}).
   *
   * @param removed suggested facts no longer read, deleted
   * @param keptForReview facts a reviewer decided on that are no longer read, flagged {@link
   *     #NO_LONGER_FOUND}
   */
  public record SettledFacts(List<Long> removed, List<Long> keptForReview) {
    public SettledFacts {
      removed = List.copyOf(removed);
      keptForReview = List.copyOf(keptForReview);
    }
  }

  /**
   * What settling entities after a reading changed ({@link Ledger#settleEntities}).
   *
   * @param retired entities now {@link #RETIRED}
   * @param keptForReview entities now {@link #NO_LONGER_FOUND}
   * @param foundAgain entities retired or no longer found before that a reading finds again
   */
  public record SettledEntities(
      List<Long> retired, List<Long> keptForReview, List<Long> foundAgain) {
    public SettledEntities {
      retired = List.copyOf(retired);
      keptForReview = List.copyOf(keptForReview);
      foundAgain = List.copyOf(foundAgain);
    }
  }

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
