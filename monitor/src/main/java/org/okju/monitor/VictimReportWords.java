package org.okju.monitor;

import java.time.Instant;
import java.util.List;

/** A victim's status report's words in one language (what {@link VictimReport} says). */
interface VictimReportWords {

  String title(String pseudonym);

  String forWhom(String pseudonym);

  String date(String time);

  String asOf(String time);

  String time(Instant t);

  String inShort();

  String noneFound();

  String summary(long found, long sites, long removed, long open, long asked, long back);

  String siteBySite();

  List<String> siteHeadings();

  String category(String category);

  String state(String state);

  String stepEscalate(String regime);

  String stepRequest();

  String stepWait(String deadline);

  String stepWatch();

  String whatNext();

  String nextRequest(long n);

  String nextWait(long n, String deadline);

  String nextEscalate(long n, List<String> authorities);

  String nextBack(long n);

  String nextWatch();

  String contact();

  String authority(String regime);

  String addresses();

  String addressesWarning();

  List<String> urlHeadings();

  String about();

  String aboutText(boolean withUrls);
}
