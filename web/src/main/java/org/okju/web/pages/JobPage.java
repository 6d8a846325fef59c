package org.okju.web.pages;

/** One job: what it is, and its live status (refreshed by server-sent events while it runs). */
public record JobPage(Chrome chrome, JobRow job, JobStatus status) {}
