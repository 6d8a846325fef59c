package org.okju.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.okju.casefile.Disclosure;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;

/**
 * What a report or export may say about people: every text passes through {@link #text}, which is
 * the case's {@link Disclosure} (withheld people's names become their pseudonyms, wherever they
 * appear), and every item path through {@link #path}, which also withholds the names the case marks
 * as sensitive (metadata {@value #SENSITIVE_NAME} = {@code true}, set by review or by the ledger).
 * Immutable, thread-safe.
 */
public final class Privacy {
  /** Item metadata marking a file name that must not be printed (it names or shows a victim). */
  public static final String SENSITIVE_NAME = "case.sensitive-name";

  private final Set<ItemId> sensitive;
  private final Disclosure disclosure;

  /**
   * @param sensitive items whose names are withheld
   * @param disclosure which people may be named
   */
  public Privacy(Set<ItemId> sensitive, Disclosure disclosure) {
    this.sensitive = Set.copyOf(sensitive);
    this.disclosure = disclosure;
  }

  /**
   * @param sensitive items whose names are withheld
   * @param identities real names to replace (besides none from a ledger)
   */
  public Privacy(Set<ItemId> sensitive, IdentityTable identities) {
    this(sensitive, Disclosure.of(List.of(), List.of(), identities.pseudonyms()));
  }

  /** Nothing withheld (for tests and for the investigator's own terminal). */
  public static Privacy none() {
    return new Privacy(Set.of(), Disclosure.none());
  }

  /** The case's disclosure policy: how to show a person of the ledger by entity id. */
  public Disclosure disclosure() {
    return disclosure;
  }

  /** The text with every withheld name replaced by its pseudonym. */
  public String text(String text) {
    return disclosure.text(text);
  }

  /**
   * A recorded text (the custody log's parameters) as it may be printed: withheld names become
   * pseudonyms, and the pseudonyms it records are not turned into names ({@link
   * Disclosure#withhold}).
   */
  public String record(String text) {
    return disclosure.withhold(text);
  }

  /** The path of an item as it may be printed. */
  public String path(Item item) {
    return path(item.id(), item.path().display());
  }

  /** The path of an item as it may be printed, from its id and its path's display form. */
  public String path(ItemId item, String display) {
    if (sensitive.contains(item)) {
      return "[name withheld: item " + item.value() + extension(display) + "]";
    }
    return text(display);
  }

  /** Whether the item's name is withheld. */
  public boolean withholds(ItemId item) {
    return sensitive.contains(item);
  }

  /** The file name part of {@link #path}. */
  public String fileName(Item item) {
    String p = path(item);
    return sensitive.contains(item.id()) ? p : p.substring(p.lastIndexOf('/') + 1);
  }

  // The extension says what kind of file it was without naming anyone.
  private static String extension(String d) {
    int slash = d.lastIndexOf('/');
    int dot = d.lastIndexOf('.');
    if (dot > slash + 1 && d.length() - dot <= 6) {
      return ", ." + d.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
    return "";
  }
}
