package org.okju.report;

import java.util.ArrayList;
import java.util.List;
import org.okju.casefile.ChainBreak;
import org.okju.casefile.ChainReport;

/**
 * What {@code okju verify} found: the custody chain, each source's manifest against its catalogue,
 * and the evidence files against the catalogue.
 *
 * @param chain the custody log's own check
 * @param sources one check per source, in source order
 * @param evidence the re-hash of the evidence files
 */
public record Verification(ChainReport chain, List<SourceCheck> sources, EvidenceCheck evidence) {
  public Verification {
    sources = List.copyOf(sources);
  }

  /** Whether everything holds. */
  public boolean holds() {
    return chain.intact() && sources.stream().allMatch(SourceCheck::holds) && evidence.holds();
  }

  /** Plain sentences, one per check, saying what holds and what does not. */
  public List<String> statements() {
    List<String> out = new ArrayList<>();
    if (chain.intact()) {
      out.add(
          "Custody log: all "
              + chain.entries()
              + " entries hold (hashes, links, numbering"
              + (chain.signed() ? ", Ed25519 signatures" : "; the case does not sign its log")
              + ")"
              + chain.head().map(h -> "; head is entry " + h.seq() + " " + h.hash()).orElse("")
              + ".");
    } else {
      out.add(
          "Custody log: DOES NOT HOLD, "
              + chain.breaks().size()
              + " break(s) in "
              + chain.entries()
              + " entries.");
      for (ChainBreak b : chain.breaks()) {
        out.add("  entry " + b.seq() + " " + b.kind() + ": " + b.detail());
      }
    }
    for (SourceCheck s : sources) {
      out.add(s.statement());
    }
    if (sources.isEmpty()) {
      out.add("Sources: the case has none.");
    }
    out.add(evidence.statement());
    for (EvidenceCheck.ChangedFile c : evidence.changed()) {
      out.add(
          "  item "
              + c.item().value()
              + " "
              + c.path()
              + ": catalogued "
              + c.catalogued()
              + ", now "
              + c.found());
    }
    out.add(holds() ? "Everything checked holds." : "SOMETHING DOES NOT HOLD: see above.");
    return out;
  }
}
