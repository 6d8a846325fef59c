package org.okju.casefile;

/** The evidence aggregates bound to one {@link Scope}. */
class SqlCaseData implements CaseData {
  private final Sources sources;
  private final Items items;
  private final ItemErrors itemErrors;
  private final Fingerprints fingerprints;
  private final Metadata metadata;
  private final Ledger ledger;
  private final Copies copies;
  private final HashSets hashSets;
  private final Catalogue catalogue;
  private final ItemTexts texts;
  private final WebCaptures webCaptures;
  private final Takedowns takedowns;

  SqlCaseData(Scope scope) {
    this.sources = new SqlSources(scope);
    this.items = new SqlItems(scope);
    this.itemErrors = new SqlItemErrors(scope);
    this.fingerprints = new SqlFingerprints(scope);
    this.metadata = new SqlMetadata(scope);
    this.ledger = new SqlLedger(scope);
    this.copies = new SqlCopies(scope);
    this.hashSets = new SqlHashSets(scope);
    this.catalogue = new SqlCatalogue(scope);
    this.texts = new SqlItemTexts(scope);
    this.webCaptures = new SqlWebCaptures(scope);
    this.takedowns = new SqlTakedowns(scope);
  }

  @Override
  public Sources sources() {
    return sources;
  }

  @Override
  public Items items() {
    return items;
  }

  @Override
  public ItemErrors itemErrors() {
    return itemErrors;
  }

  @Override
  public Fingerprints fingerprints() {
    return fingerprints;
  }

  @Override
  public Metadata metadata() {
    return metadata;
  }

  @Override
  public Ledger ledger() {
    return ledger;
  }

  @Override
  public Copies copies() {
    return copies;
  }

  @Override
  public HashSets hashSets() {
    return hashSets;
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  @Override
  public ItemTexts texts() {
    return texts;
  }

  @Override
  public WebCaptures webCaptures() {
    return webCaptures;
  }

  @Override
  public Takedowns takedowns() {
    return takedowns;
  }
}
