package org.okju.report;

/**
 * The report sections other modules provide. Each is {@link ReportSection#notRunYet} until its
 * analysis has run on the case; replace one with {@code ReportPlugins.pending().withTapes(…)}.
 *
 * @param tapes groups of copies of one recording, every copy and the evidence per pair
 * @param hashSetMatches items found in imported hash sets
 * @param ledgerFacts confirmed facts with quoted provenance
 * @param moneyNetwork the money network as an SVG figure
 * @param timeline the confirmed facts of the documents (the diary) by date
 * @param identities names to withhold besides the case's identity table (which is always used)
 */
public record ReportPlugins(
    ReportSection tapes,
    ReportSection hashSetMatches,
    ReportSection ledgerFacts,
    ReportSection moneyNetwork,
    ReportSection timeline,
    IdentityTable identities) {

  /** Every pluggable section not run yet, no identities. */
  public static ReportPlugins pending() {
    return new ReportPlugins(
        ReportSection.notRunYet(
            "tapes",
            "Tapes: copies of one recording",
            "grouping copies by PDQ/vPDQ distance (okju copies) has not been run on this case."),
        ReportSection.notRunYet(
            "hash-set-matches",
            "Hash-set matches",
            "no hash set has been imported and matched against this case."),
        ReportSection.notRunYet(
            "ledger-facts",
            "Confirmed ledger facts",
            "no document has been through the ledger and no fact has been confirmed."),
        ReportSection.notRunYet(
            "money-network",
            "Money network",
            "the ledger has not produced payments or percentage cuts for this case."),
        ReportSection.notRunYet(
            "timeline", "Timeline", "no dated fact of the documents has been confirmed."),
        IdentityTable.EMPTY);
  }

  /** These plugins with a tapes section. */
  public ReportPlugins withTapes(ReportSection section) {
    return new ReportPlugins(
        section, hashSetMatches, ledgerFacts, moneyNetwork, timeline, identities);
  }

  /** These plugins with a hash-set matches section. */
  public ReportPlugins withHashSetMatches(ReportSection section) {
    return new ReportPlugins(tapes, section, ledgerFacts, moneyNetwork, timeline, identities);
  }

  /** These plugins with a ledger facts section. */
  public ReportPlugins withLedgerFacts(ReportSection section) {
    return new ReportPlugins(tapes, hashSetMatches, section, moneyNetwork, timeline, identities);
  }

  /** These plugins with a money network figure. */
  public ReportPlugins withMoneyNetwork(ReportSection section) {
    return new ReportPlugins(tapes, hashSetMatches, ledgerFacts, section, timeline, identities);
  }

  /** These plugins with the documents' timeline. */
  public ReportPlugins withTimeline(ReportSection section) {
    return new ReportPlugins(tapes, hashSetMatches, ledgerFacts, moneyNetwork, section, identities);
  }

  /** These plugins with an identity table. */
  public ReportPlugins withIdentities(IdentityTable table) {
    return new ReportPlugins(tapes, hashSetMatches, ledgerFacts, moneyNetwork, timeline, table);
  }
}
