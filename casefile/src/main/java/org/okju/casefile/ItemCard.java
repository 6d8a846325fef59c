package org.okju.casefile;

import java.util.Optional;

/**
 * What an item's summary shows (the workbench's item API), read in one trip to the database ({@link
 * Catalogue#card}).
 *
 * @param item the item
 * @param flag the value of the metadata name the card was asked for, if the item has it
 * @param pdq its image PDQ hash and quality, without the dihedral variants; empty if none
 * @param videoFrames how many vPDQ frames it has (0: none)
 * @param tape its tape (the first by id, when a compilation puts it in several)
 */
public record ItemCard(
    Item item,
    Optional<String> flag,
    Optional<ImagePdq> pdq,
    int videoFrames,
    Optional<Catalogue.Membership> tape) {}
