package org.okju.web.pages;

import java.util.Optional;

/**
 * The sign-in form.
 *
 * @param csrf the pre-login session's token, in the form's hidden input
 * @param username what was typed before (re-filled after a failure)
 * @param message why the last attempt failed
 */
public record LoginPage(Chrome chrome, String csrf, String username, Optional<String> message) {}
