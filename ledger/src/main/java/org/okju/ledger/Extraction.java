package org.okju.ledger;

import java.util.List;

/**
 * What one document yielded.
 *
 * @param document the document's name
 * @param entities every entity mention, in reading order
 * @param facts every suggested fact, in reading order
 * @param partyCues roles a line shows for someone it does not name (the other party of a chat who
 *     is paid or supplies), with the line
 * @param unresolvedNames words of the quoted lines that look like a person's name and that the
 *     reading resolved to nothing ({@link UnresolvedNames}): withheld from every stored quote
 */
public record Extraction(
    String document,
    List<EntityMention> entities,
    List<SuggestedFact> facts,
    List<String> warnings,
    List<PartyCue> partyCues,
    java.util.Set<String> unresolvedNames) {
  /** A role a line shows for a person it does not name. */
  public record PartyCue(String name, RoleCue cue, Span span) {}

  /**
   * Where the case quotes this reading's lines ({@code LedgerCase}): the start of each fact's span,
   * of each person mention with role evidence and of each role shown for a party the line does not
   * name.
   */
  public java.util.NavigableSet<Integer> quotedOffsets() {
    return quotedOffsets(entities, facts, partyCues);
  }

  static java.util.NavigableSet<Integer> quotedOffsets(
      List<EntityMention> entities, List<SuggestedFact> facts, List<PartyCue> partyCues) {
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    facts.forEach(f -> starts.add(f.span().start()));
    entities.stream()
        .filter(e -> e.type() == EntityType.PERSON && e.cue().isPresent())
        .forEach(e -> starts.add(e.span().start()));
    partyCues.forEach(c -> starts.add(c.span().start()));
    return starts;
  }

  public Extraction {
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
    warnings = List.copyOf(warnings);
    partyCues = List.copyOf(partyCues);
    // an ordered copy: the order (longest first) is the order of replacement
    unresolvedNames =
        java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(unresolvedNames));
  }

  /** An extraction whose quotes withhold no word beyond the people it found. */
  public Extraction(
      String document,
      List<EntityMention> entities,
      List<SuggestedFact> facts,
      List<String> warnings,
      List<PartyCue> partyCues) {
    this(document, entities, facts, warnings, partyCues, java.util.Set.of());
  }

  /**
   * The role this document suggests for each person (by normalized name): the first of victim,
   * accused, accomplice, witness among the cues of the person's mentions, else unknown; never a
   * victim for a person the document pays or gives a share to ({@link PersonRole#suggested}).
   */
  public java.util.Map<String, PersonRole> roles() {
    java.util.Map<String, List<RoleCue>> cues = new java.util.LinkedHashMap<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && !e.normalized().equals(SuggestedFact.AUTHOR)) {
        List<RoleCue> c = cues.computeIfAbsent(e.normalized(), k -> new java.util.ArrayList<>());
        e.cue().ifPresent(c::add);
      }
    }
    for (PartyCue c : partyCues) {
      if (cues.containsKey(c.name())) {
        cues.get(c.name()).add(c.cue());
      }
    }
    java.util.Map<String, PersonRole> out = new java.util.LinkedHashMap<>();
    cues.forEach((name, c) -> out.put(name, PersonRole.suggested(c)));
    return out;
  }
}
