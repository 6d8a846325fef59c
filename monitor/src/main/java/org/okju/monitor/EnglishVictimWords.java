package org.okju.monitor;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The victim's status report in plain English; times in UTC. */
final class EnglishVictimWords implements VictimReportWords {
  private static final DateTimeFormatter TIME = VictimReport.format("UTC", "UTC");

  @Override
  public String title(String pseudonym) {
    return "Removal of your recordings from the web: where it stands (" + pseudonym + ")";
  }

  @Override
  public String forWhom(String pseudonym) {
    return "For: " + pseudonym + " (the name this case uses for you instead of your own)";
  }

  @Override
  public String date(String time) {
    return "Written: " + time;
  }

  @Override
  public String asOf(String time) {
    return "Based on our checks of the sites up to: " + time;
  }

  @Override
  public String time(Instant t) {
    return TIME.format(t);
  }

  @Override
  public String inShort() {
    return "In short";
  }

  @Override
  public String noneFound() {
    return "We have not found any copy of your recordings on the sites we checked. We keep"
        + " checking.";
  }

  @Override
  public String summary(long found, long sites, long removed, long open, long asked, long back) {
    StringBuilder b = new StringBuilder();
    b.append("We found ")
        .append(copies(found))
        .append(" of your recordings on ")
        .append(sites)
        .append(sites == 1 ? " site. " : " sites. ");
    if (removed == 0) {
      b.append("None has been taken down yet. ");
    } else {
      b.append(removed == found ? "All of them have" : removed + (removed == 1 ? " has" : " have"))
          .append(" been taken down. ");
    }
    if (open > 0) {
      b.append(open).append(open == 1 ? " is" : " are").append(" still online");
      b.append(
          asked == 0
              ? "; we have not yet asked the site to remove " + (open == 1 ? "it" : "them") + "."
              : asked == open
                  ? ", and we have asked the site to remove " + (open == 1 ? "it" : "each") + "."
                  : ", and we have asked the sites to remove " + asked + " of them.");
    }
    if (back > 0) {
      b.append(' ')
          .append(back)
          .append(back == 1 ? " copy came" : " copies came")
          .append(" back after an earlier copy was taken down.");
    }
    return b.toString();
  }

  private static String copies(long n) {
    return n == 1 ? "1 copy" : n + " copies";
  }

  @Override
  public String siteBySite() {
    return "Site by site";
  }

  @Override
  public List<String> siteHeadings() {
    return List.of(
        "Site", "Kind of site", "Found", "Taken down", "Still online", "Came back", "Next step");
  }

  @Override
  public String category(String category) {
    return switch (category) {
      case "adult" -> "adult site";
      case "search" -> "search engine";
      case "social" -> "social network";
      case "community" -> "community board";
      case "p2p" -> "file sharing (P2P)";
      case "file-host" -> "file hosting";
      default -> "other";
    };
  }

  @Override
  public String state(String state) {
    return switch (state) {
      case "found" -> "online, not yet reported";
      case "notified" -> "online, removal requested";
      case "removed" -> "taken down";
      case "overdue" -> "online past the site's deadline";
      case "reappeared" -> "came back";
      default -> state;
    };
  }

  @Override
  public String stepEscalate(String regime) {
    return "Remind the site and report it to " + authority(regime);
  }

  @Override
  public String stepRequest() {
    return "Send the site a removal request";
  }

  @Override
  public String stepWait(String deadline) {
    return "Check again after the site's deadline (" + deadline + ")";
  }

  @Override
  public String stepWatch() {
    return "Keep watching for copies coming back";
  }

  @Override
  public String whatNext() {
    return "What happens next";
  }

  @Override
  public String nextRequest(long n) {
    return "We will send a removal request for the "
        + copies(n)
        + " we have not reported yet, to each site in the form its law asks for.";
  }

  @Override
  public String nextWait(long n, String deadline) {
    return "The sites have been asked to remove "
        + copies(n)
        + ". They have until "
        + deadline
        + " at the latest; we will check again then.";
  }

  @Override
  public String nextEscalate(long n, List<String> authorities) {
    return copies(n).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + copies(n).substring(1)
        + (n == 1 ? " is" : " are")
        + " still online after the site's deadline. We will remind the site and report it to "
        + String.join(" and ", authorities)
        + ".";
  }

  @Override
  public String nextBack(long n) {
    return "When a copy comes back, or appears at a new address, we treat it as new and ask for"
        + " its removal again ("
        + n
        + " so far).";
  }

  @Override
  public String nextWatch() {
    return "We keep checking the sites, so that we know if a copy comes back.";
  }

  @Override
  public String contact() {
    return "If you have questions, or find a copy yourself, tell the person who gave you this"
        + " report. You do not need to look at any copy yourself.";
  }

  @Override
  public String authority(String regime) {
    return switch (regime) {
      case "kr" -> "the Korea Communications Standards Commission";
      case "us-tida" -> "the US Federal Trade Commission";
      default -> "the Digital Services Coordinator";
    };
  }

  @Override
  public String addresses() {
    return "Addresses of the copies";
  }

  @Override
  public String addressesWarning() {
    return "Listed because you asked for them. Opening an address may show the recording.";
  }

  @Override
  public List<String> urlHeadings() {
    return List.of("Address", "Site", "Now", "First seen", "Last checked");
  }

  @Override
  public String about() {
    return "About this report";
  }

  @Override
  public String aboutText(boolean withUrls) {
    return "This report holds no pictures or videos and nothing about anyone else."
        + (withUrls
            ? " It lists the addresses of the copies because you asked for them."
            : " The addresses of the copies are left out; you can ask for them.");
  }
}
