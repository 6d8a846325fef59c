package org.okju.monitor;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The victim's status report in plain Korean; times in Korea's time zone. */
final class KoreanVictimWords implements VictimReportWords {
  private static final DateTimeFormatter TIME = VictimReport.format("Asia/Seoul", "KST");

  @Override
  public String title(String pseudonym) {
    return "불법촬영물 삭제 진행 상황 안내 (" + pseudonym + ")";
  }

  @Override
  public String forWhom(String pseudonym) {
    return "받는 분: " + pseudonym + " (이 사건에서 실명 대신 쓰는 가명)";
  }

  @Override
  public String date(String time) {
    return "작성일: " + time;
  }

  @Override
  public String asOf(String time) {
    return "확인 기준: " + time + "까지 사이트를 확인한 결과";
  }

  @Override
  public String time(Instant t) {
    return TIME.format(t);
  }

  @Override
  public String inShort() {
    return "요약";
  }

  @Override
  public String noneFound() {
    return "확인한 사이트에서 귀하의 영상 사본을 찾지 못했습니다. 앞으로도 계속 확인하겠습니다.";
  }

  @Override
  public String summary(long found, long sites, long removed, long open, long asked, long back) {
    StringBuilder b = new StringBuilder();
    b.append("사이트 ").append(sites).append("곳에서 귀하의 영상 사본 ").append(found).append("건을 찾았습니다. ");
    b.append(
        removed == 0
            ? "아직 삭제된 사본은 없습니다. "
            : removed == found ? "모두 삭제되었습니다. " : "그중 " + removed + "건은 삭제되었습니다. ");
    if (open > 0) {
      b.append(open).append("건은 아직 게시되어 있으며, ");
      b.append(
          asked == 0
              ? "아직 사이트에 삭제를 요청하지 않았습니다."
              : asked == open ? "모두 사이트에 삭제를 요청했습니다." : "그중 " + asked + "건은 사이트에 삭제를 요청했습니다.");
    }
    if (back > 0) {
      b.append(" 삭제된 뒤 다시 올라온 사본은 ").append(back).append("건입니다.");
    }
    return b.toString();
  }

  @Override
  public String siteBySite() {
    return "사이트별 현황";
  }

  @Override
  public List<String> siteHeadings() {
    return List.of("사이트", "사이트 종류", "발견", "삭제됨", "게시 중", "재유포", "다음 조치");
  }

  @Override
  public String category(String category) {
    return switch (category) {
      case "adult" -> "성인 사이트";
      case "search" -> "검색 엔진";
      case "social" -> "SNS";
      case "community" -> "커뮤니티";
      case "p2p" -> "P2P 파일 공유";
      case "file-host" -> "웹하드·파일 호스팅";
      default -> "기타";
    };
  }

  @Override
  public String state(String state) {
    return switch (state) {
      case "found" -> "게시 중, 신고 전";
      case "notified" -> "게시 중, 삭제 요청함";
      case "removed" -> "삭제됨";
      case "overdue" -> "처리 기한이 지났는데 게시 중";
      case "reappeared" -> "다시 올라옴";
      default -> state;
    };
  }

  @Override
  public String stepEscalate(String regime) {
    return "사이트에 다시 요청하고 " + authority(regime) + "에 알림";
  }

  @Override
  public String stepRequest() {
    return "사이트에 삭제 요청서 발송";
  }

  @Override
  public String stepWait(String deadline) {
    return "처리 기한(" + deadline + ") 후 다시 확인";
  }

  @Override
  public String stepWatch() {
    return "다시 올라오는지 계속 확인";
  }

  @Override
  public String whatNext() {
    return "앞으로의 조치";
  }

  @Override
  public String nextRequest(long n) {
    return "아직 신고하지 않은 사본 " + n + "건은 각 사이트에 그 나라 법이 정한 양식으로 삭제 요청서를 보내겠습니다.";
  }

  @Override
  public String nextWait(long n, String deadline) {
    return "사본 " + n + "건은 사이트에 삭제를 요청했습니다. 처리 기한은 늦어도 " + deadline + "이며, 그 뒤에 다시 확인하겠습니다.";
  }

  @Override
  public String nextEscalate(long n, List<String> authorities) {
    return "사본 "
        + n
        + "건은 처리 기한이 지났는데도 아직 게시되어 있습니다. 사이트에 다시 요청하고 "
        + String.join(", ", authorities)
        + "에 알리겠습니다.";
  }

  @Override
  public String nextBack(long n) {
    return "사본이 다시 올라오거나 새 주소에 나타나면 새로 삭제를 요청합니다(지금까지 " + n + "건).";
  }

  @Override
  public String nextWatch() {
    return "삭제된 사본이 다시 올라오는지 사이트를 계속 확인하겠습니다.";
  }

  @Override
  public String contact() {
    return "궁금한 점이 있거나 직접 사본을 발견하시면 이 안내문을 드린 담당자에게 알려 주세요. 사본을 직접 보실 필요는 없습니다.";
  }

  @Override
  public String authority(String regime) {
    return switch (regime) {
      case "kr" -> "방송통신심의위원회";
      case "us-tida" -> "미국 연방거래위원회(FTC)";
      default -> "해당 국가의 디지털서비스 조정관(Digital Services Coordinator)";
    };
  }

  @Override
  public String addresses() {
    return "사본 주소";
  }

  @Override
  public String addressesWarning() {
    return "요청하셔서 적었습니다. 주소를 열면 영상이 보일 수 있습니다.";
  }

  @Override
  public List<String> urlHeadings() {
    return List.of("주소(URL)", "사이트", "현재 상태", "처음 발견", "마지막 확인");
  }

  @Override
  public String about() {
    return "이 안내문에 대하여";
  }

  @Override
  public String aboutText(boolean withUrls) {
    return "이 안내문에는 사진이나 영상, 다른 사람에 관한 정보가 들어 있지 않습니다."
        + (withUrls ? " 요청에 따라 사본의 주소를 적었습니다." : " 사본의 주소는 적지 않았으며, 요청하시면 알려 드립니다.");
  }
}
