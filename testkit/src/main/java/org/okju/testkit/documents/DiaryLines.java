package org.okju.testkit.documents;

import java.util.List;

/**
 * The fictional diary entry every corpus document carries, Korean and English: a date, a meeting at
 * a station exit, money received from a fictional dealer, and the document's marker word.
 */
final class DiaryLines {
  private DiaryLines() {}

  /** Korean lines; {@code n} makes the date and the amount ({@code n} × 1,000,000 won) unique. */
  static List<String> korean(int n, String marker) {
    return List.of(
        "2023년 5월 " + n + "일 맑음",
        "오후 3시 신촌역 3번 출구에서 최사장을 만났다.",
        "최사장한테 " + n + "00만원 받음.",
        "표식 " + marker);
  }

  /** English lines for formats written without a Hangul font (PDF with a standard font). */
  static List<String> english(int n, String marker) {
    return List.of(
        "May " + n + ", 2023",
        "Met Mr Choi at the north gate of Yeouido park at 3pm.",
        "Received " + n + ",000,000 won from Mr Choi.",
        "marker " + marker);
  }
}
