package org.okju.ledger;

/**
 * Why the reader suggests a role for one mention of a person: the role and the word of the line
 * that decided it ({@code 촬영}, {@code paid}, {@code 사냥감}, {@code 실장} …), kept as the decision's
 * evidence.
 */
public record RoleCue(PersonRole role, String cue) {}
