package org.okju.monitor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a notice says under each legal regime, with every element the regime requires:
 *
 * <ul>
 *   <li>{@code kr}: the fields of Korea's 불법촬영물등 유통 신고·삭제요청서 (the request form under the
 *       Telecommunications Business Act, art. 22-5(1), and its enforcement decree): the requester
 *       and their relation to the victim, the kind of material, where it is (URLs, pages, time
 *       found), the identifying hashes, what is asked (deletion and blocking), the legal basis,
 *       date and signature.
 *   <li>{@code eu-dsa}: the elements of the Digital Services Act, art. 16(2): (a) a substantiated
 *       explanation of why the content is illegal, (b) the exact URLs and what else identifies it,
 *       (c) the notifier's name and e-mail, (d) a statement of good faith.
 *   <li>{@code us-tida}: the elements of a valid removal request under the TAKE IT DOWN Act, s.
 *       3(a)(1)(B): (i) a signature of the identifiable individual or a person authorised to act
 *       for them, (ii) an identification of the depiction and information to locate it, (iii) a
 *       brief statement of good-faith belief that it is not consensual, (iv) contact information.
 * </ul>
 *
 * Items are listed by exact URL with capture times, capture record references, the hashes a
 * platform can match (MD5, SHA-256, PDQ, vPDQ) and the tape id; never media, never a victim's name
 * (pseudonyms only), never a file name from the seized drive. Stateless.
 */
final class NoticeRegimes {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private NoticeRegimes() {}

  /**
   * What goes into a notice.
   *
   * @param reference the notice's reference (case and notice number)
   * @param victims each tape's victims by pseudonym
   */
  record Request(
      String regime,
      Platform platform,
      Notifier notifier,
      List<Sighting> sightings,
      Map<String, List<String>> victims,
      Instant writtenAt,
      String reference) {}

  static NoticeDocument build(Request r) {
    return switch (r.regime()) {
      case "kr" -> korean(r);
      case "eu-dsa" -> dsa(r);
      case "us-tida" -> tida(r);
      default -> throw new IllegalArgumentException("no regime " + r.regime());
    };
  }

  private static NoticeDocument korean(Request r) {
    Notifier n = r.notifier();
    NoticeDocument.Builder b = new NoticeDocument.Builder();
    b.section(
        "1. 신고인(요청인)",
        "기관명: " + n.organisation().orElse("-"),
        "성명(담당자): " + n.name(),
        "전화번호: " + n.phone().orElse("-"),
        "전자우편: " + n.email(),
        "주소: " + n.address().orElse("-"),
        "피해자와의 관계: 피해자 지원기관(피해자의 요청에 따른 대리 신고)");
    b.section(
        "2. 피해자",
        "피해자는 가명으로만 표시합니다: "
            + victims(r, "미상(가명 미지정)")
            + ". 피해자의 실명과 인적사항은 이 요청서에 적지 않으며, 본인 확인이 필요하면 신고인에게"
            + " 요청하여 주십시오.");
    b.section(
        "3. 불법촬영물등의 종류",
        "「성폭력범죄의 처벌 등에 관한 특례법」 제14조에 따른 촬영물 또는 복제물(복제물의 복제물을"
            + " 포함): 촬영대상자의 의사에 반하여 촬영되거나 유포된 성적 촬영물입니다. 아래 각 항목은"
            + " 사건에서 확보한 원본 촬영물(테이프 번호)과 지각 해시(PDQ, vPDQ)로 대조하여 그 복제물로"
            + " 확인된 것입니다.");
    b.table("4. 유통 정보(정보의 위치)", List.of("아래 주소에서 수집(캡처)하였습니다."), items(r, true));
    b.section(
        "5. 요청 사항",
        "위 정보의 삭제 및 접속차단, 그리고 같은 촬영물의 재유통을 막기 위하여 위 해시값(MD5,"
            + " PDQ, vPDQ)에 의한 필터링을 요청합니다. 조치 결과를 신고인의 전자우편으로 알려"
            + " 주십시오.");
    b.section(
        "6. 요청 근거",
        "「전기통신사업법」 제22조의5 제1항 및 같은 법 시행령에 따라 불법촬영물등의 삭제·접속차단 등"
            + " 유통방지에 필요한 조치를 지체 없이 하여 주실 것을 요청합니다. (이 플랫폼에 적용되는"
            + " 처리 기한: 요청 후 "
            + r.platform().deadlineHours()
            + "시간)");
    b.section(
        "7. 작성일 및 서명",
        "작성일: " + UTC.format(r.writtenAt()),
        "신고인: " + n.name() + " (전자서명: /s/ " + n.name() + ")");
    return new NoticeDocument(
        "ko", "불법촬영물등 유통 신고·삭제요청서", header(r, "수신", "참조번호", "작성일"), b.sections());
  }

  private static NoticeDocument dsa(Request r) {
    Notifier n = r.notifier();
    NoticeDocument.Builder b = new NoticeDocument.Builder();
    b.section(
        "(a) Why the content is illegal",
        "Each item below is a copy of an intimate recording of a person (pseudonym "
            + victims(r, "not assigned")
            + ") that was made or distributed without that person's consent. Sharing intimate"
            + " images or recordings without consent is a criminal offence under Directive (EU)"
            + " 2024/1385, art. 5(1)(a), as transposed, and under the law of the Member States"
            + " where the content is available.",
        "How the copies were identified: the recordings are held as evidence in a case (tape ids"
            + " below). Each item was captured from the exact URL given and matched to its tape"
            + " with perceptual hashes (PDQ for pictures, vPDQ for videos) and cryptographic"
            + " digests; the relation and the measured distance are given per item.");
    b.table(
        "(b) Exact location of the content",
        List.of(
            "The exact URLs, the pages that show them, when they were captured and where in the"
                + " capture the record is, and the hashes you can match the content with:"),
        items(r, false));
    b.section(
        "(c) Notifier",
        "Name: " + n.name(),
        "E-mail: " + n.email(),
        "Organisation: " + n.organisation().orElse("-"),
        "Acting for: the person shown, at their request (a victim support service)");
    b.section(
        "(d) Statement of good faith",
        "I confirm my bona fide belief that the information and allegations contained in this"
            + " notice are accurate and complete.",
        "Signed: /s/ " + n.name() + ", " + UTC.format(r.writtenAt()));
    b.section(
        "Requested action",
        "Please remove or disable access to every item listed, inform the notifier of your"
            + " decision and of the means of redress (DSA art. 16(5) and 17), and prevent the"
            + " re-upload of the same content using the hashes above.");
    return new NoticeDocument(
        "en",
        "Notice of illegal content (Regulation (EU) 2022/2065, Article 16)",
        header(r, "To", "Reference", "Date"),
        b.sections());
  }

  private static NoticeDocument tida(Request r) {
    Notifier n = r.notifier();
    NoticeDocument.Builder b = new NoticeDocument.Builder();
    b.section(
        "Removal request under the TAKE IT DOWN Act",
        "This is a request under section 3 of the TAKE IT DOWN Act (Pub. L. 119-12) to remove"
            + " the non-consensual intimate visual depictions identified below, and any known"
            + " identical copies, within 48 hours of receipt.");
    b.table(
        "(ii) Identification and location of the intimate visual depictions",
        List.of(
            "Each item is identified by its exact URL, the pages showing it, the time it was"
                + " captured, the record of the capture, and hashes (MD5, SHA-256, PDQ, vPDQ)"
                + " sufficient to locate it and its identical copies:"),
        items(r, false));
    b.section(
        "(iii) Statement of non-consent",
        "I have a good faith belief that each intimate visual depiction identified above is not"
            + " consensual: it shows an identifiable individual (pseudonym "
            + victims(r, "not assigned")
            + ") who did not consent to its publication. Each item was matched to a recording"
            + " held as evidence in a case (the tape id given) by perceptual and cryptographic"
            + " hashes.");
    b.section(
        "(iv) Contact information",
        "Name: " + n.name(),
        "E-mail: " + n.email(),
        "Telephone: " + n.phone().orElse("-"),
        "Organisation: " + n.organisation().orElse("-"),
        "Address: " + n.address().orElse("-"));
    b.section(
        "(i) Signature",
        "Electronic signature of a person authorized to act on behalf of the identifiable"
            + " individual: /s/ "
            + n.name()
            + ", "
            + UTC.format(r.writtenAt()));
    return new NoticeDocument(
        "en",
        "TAKE IT DOWN Act removal request",
        header(r, "To", "Reference", "Date"),
        b.sections());
  }

  private static List<String> header(Request r, String to, String reference, String date) {
    List<String> out = new ArrayList<>();
    Platform p = r.platform();
    out.add(
        to
            + ": "
            + p.name()
            + p.email().map(e -> " <" + e + ">").orElse("")
            + p.form().map(f -> " (" + f + ")").orElse(""));
    out.add(reference + ": " + r.reference());
    out.add(date + ": " + UTC.format(r.writtenAt()));
    return out;
  }

  private static String victims(Request r, String none) {
    List<String> names = new ArrayList<>();
    for (Sighting s : r.sightings()) {
      for (String v : r.victims().getOrDefault(s.tape(), List.of())) {
        if (!names.contains(v)) {
          names.add(v);
        }
      }
    }
    return names.isEmpty() ? none : String.join(", ", names);
  }

  /** The items table: one row per sighting. */
  private static List<List<String>> items(Request r, boolean korean) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        korean
            ? List.of("정보 위치(URL)", "게시 페이지", "수집 일시", "수집 기록", "테이프", "해시")
            : List.of("URL", "Shown on", "Captured", "Capture record", "Tape", "Hashes"));
    for (Sighting s : r.sightings()) {
      Sighting.Observation last =
          s.observations().stream()
              .filter(Sighting.Observation::up)
              .reduce((a, b) -> b)
              .orElseThrow();
      rows.add(
          List.of(
              s.url()
                  + ReadableUrl.of(s.url())
                      .map(u -> (korean ? "\n(읽으면: " : "\n(reads: ") + u + ")")
                      .orElse(""),
              s.pageUrls().isEmpty() ? "-" : String.join("\n", s.pageUrls()),
              UTC.format(s.firstSeen())
                  + (s.lastSeen().equals(s.firstSeen()) ? "" : "\n" + UTC.format(s.lastSeen())),
              last.record().orElse("-") + " (" + last.crawl() + ")",
              s.tape() + " (" + s.relation() + evidence(s) + ")",
              hashes(s.hashes())));
    }
    return rows;
  }

  private static String evidence(Sighting s) {
    Object d = s.evidence().get("distance");
    Object share = s.evidence().get("matchedFrameShare");
    return d != null ? ", distance " + d : share != null ? ", frame share " + share : "";
  }

  private static String hashes(Map<String, String> h) {
    List<String> out = new ArrayList<>();
    for (String k : List.of("md5", "sha256", "pdq")) {
      if (h.containsKey(k)) {
        out.add(k.toUpperCase(java.util.Locale.ROOT) + " " + h.get(k));
      }
    }
    if (h.containsKey("vpdq")) {
      String[] frames = h.get("vpdq").split(" ");
      out.add("vPDQ (" + frames.length + " frames, seconds:hash) " + String.join(" ", frames));
    }
    return String.join("\n", out);
  }
}
