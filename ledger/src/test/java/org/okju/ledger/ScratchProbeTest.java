package org.okju.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchProbeTest extends WordingTestBase {
  @Test
  void probe() throws Exception {
    String text = Files.readString(Path.of("/tmp/ly30/probe.txt"));
    Extraction x = read(text.split("\n", -1));
    List<String> out = new ArrayList<>();
    for (EntityMention e : x.entities()) {
      out.add(
          "E "
              + e.type()
              + " ["
              + e.value()
              + "] -> "
              + e.normalized()
              + " role="
              + e.role().orElse("")
              + " flags="
              + e.flags()
              + " cue="
              + e.cue().map(Object::toString).orElse("")
              + " @"
              + e.span());
    }
    for (Extraction.PartyCue c : x.partyCues()) out.add("C " + c);
    out.add("ROLES " + x.roles());
    for (SuggestedFact f : x.facts()) {
      out.add(
          "F "
              + f.type()
              + " s="
              + f.subject().orElse("?")
              + " o="
              + f.object().orElse("?")
              + " amt="
              + f.amount().map(Object::toString).orElse("")
              + " pct="
              + f.percent().map(Object::toString).orElse("")
              + " date="
              + f.date().orElse("")
              + " place="
              + f.place().orElse("")
              + " flags="
              + f.flags()
              + " @"
              + f.span());
    }
    Files.write(Path.of("/tmp/ly30/probe.out"), out);
  }
}
