package org.okju.web.pages;

import java.util.Optional;

/**
 * A view just logged: the picture to fetch once, what it shows, the custody entry, the viewer's new
 * counts, and the toggles (each a new reason and a new entry) to lift blur or greyscale.
 *
 * @param liftBlur the mode without blur, when the viewer may use it
 * @param liftGrey the mode without greyscale, when the viewer may use it
 */
public record MediaView(
    String caseName,
    long item,
    String src,
    String kind,
    String mode,
    long seq,
    String time,
    String user,
    Chrome.ViewCounts counts,
    Optional<String> liftBlur,
    Optional<String> liftGrey,
    String csrf) {}
