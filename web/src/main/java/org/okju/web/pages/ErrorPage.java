package org.okju.web.pages;

/** An error: its status and a message safe to show. */
public record ErrorPage(Chrome chrome, int status, String message) {}
