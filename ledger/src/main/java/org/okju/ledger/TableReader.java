package org.okju.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the tables of a document (spreadsheet rows, whose cells arrive tab-separated, text tables
 * written with {@code /} or {@code |} or aligned with spaces, and comma-separated exports): the
 * header row says which column holds the date, the other party, the memo, money in ({@code 받음},
 * {@code 들어옴}, received), money out ({@code 줌}, {@code 나감}, paid), an amount or a share; a unit
 * line ({@code (단위: 만원)}) scales the bare numbers of the money columns. Not thread-safe: one per
 * document, fed the lines in order.
 */
final class TableReader {
  /** What a column holds. */
  enum Column {
    DATE,
    WHO,
    MEMO,
    IN,
    OUT,
    AMOUNT,
    PERCENT,
    /** A column saying which way the money went: in/out, 입금/출금. */
    DIRECTION,
    /** Who the money came from, in a table with a column for each side ("From | To"). */
    FROM,
    /** Who the money went to. */
    TO,
    OTHER
  }

  /** A cell of a data row: where it is in the line, its text and its column. */
  record Cell(int start, int end, String text, Column column) {}

  /** A data row of a table with a known header. */
  record Row(List<Cell> cells, BigDecimal unit) {
    List<Cell> in(Column c) {
      return cells.stream().filter(x -> x.column() == c).toList();
    }

    Optional<Cell> at(int offset) {
      return cells.stream().filter(c -> offset >= c.start() && offset < c.end()).findFirst();
    }
  }

  private static final Pattern SEPARATOR = Pattern.compile("\\t|\\s+/\\s+|\\s*\\|\\s*");
  // A plain-text table aligned with spaces: two or more between its columns.
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  // A comma-separated export (CSV): a comma outside double quotes ("3,450,000" is one cell).
  private static final Pattern COMMA = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
  private static final Pattern UNIT =
      Pattern.compile(
          "단위\\s*[:：]?\\s*(?<ko>백만원|십만원|만원|천원|원|백만|십만|만|천)(?![가-힣])|(?i:units?|in)\\s*[:：]?\\s*(?<en>thousands?|millions?"
              + "|10,000|1,000)\\s*(?:won|krw)?");
  private static final Pattern BRACKETED_UNIT =
      Pattern.compile("[(\\[]\\s*(?<ko>백만원|십만원|만원|천원)\\s*[)\\]]|(?<en>(?!))");
  private static final Pattern NUMBER =
      Pattern.compile("[₩$]?\\s?\\d{1,3}(?:,\\d{3})+|[₩$]?\\s?\\d+(?:\\.\\d+)?");

  private List<Column> header = List.of();
  // Where each column of a space-aligned header is centred (empty for tabs and bars, whose cells
  // keep their order even when empty).
  private List<Integer> centres = List.of();
  private BigDecimal unit = BigDecimal.ONE;
  private boolean headerRow;
  // Whether the current table's header was comma-separated, so that its rows are too.
  private boolean commaTable;

  /** Whether the last line read was a header row (its words are column names, not people). */
  boolean lastWasHeader() {
    return headerRow;
  }

  /** The unit phrase of a line ({@code 단위: 만원}), whose number is not an amount. */
  static Optional<int[]> unitPhrase(String line) {
    Matcher m = UNIT.matcher(line);
    return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
  }

  /** Reads the next line; returns its cells when it is a data row of a table. */
  Optional<Row> read(String line) {
    headerRow = false;
    Matcher u = UNIT.matcher(line);
    if (u.find()) {
      unit = unit(u);
    }
    boolean aligned = !SEPARATOR.matcher(line).find();
    List<Cell> cells = aligned ? split(line, SPACES) : split(line, SEPARATOR);
    List<Cell> commas = split(line, COMMA);
    boolean comma =
        aligned && commas.size() >= 3 && (commaTable || known(commas) >= 2) && cells.size() < 3;
    if (comma) {
      cells = commas;
      aligned = false;
    }
    if (cells.size() < 3) {
      if (line.isBlank() || cells.size() < 2) {
        header = List.of();
        commaTable = false;
      }
      return Optional.empty();
    }
    List<Column> columns = cells.stream().map(c -> column(c.text())).toList();
    long known = known(cells);
    if (known >= 2
        && cells.stream()
            .noneMatch(c -> NUMBER.matcher(c.text()).find() && c.text().matches(".*\\d{2,}.*"))) {
      header = sided(cells, columns);
      commaTable = comma;
      centres = aligned ? cells.stream().map(c -> (c.start() + c.end()) / 2).toList() : List.of();
      headerRow = true;
      for (Cell c : cells) {
        Matcher b = BRACKETED_UNIT.matcher(c.text());
        if (b.find()) {
          unit = unit(b); // 금액(만원): the unit of the column's bare numbers
        }
      }
      return Optional.empty();
    }
    if (header.isEmpty()) {
      return Optional.empty();
    }
    List<Cell> typed = new ArrayList<>();
    int shift = aligned ? 0 : mergedCellsAbove(cells);
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      // Aligned with spaces, an empty cell leaves no mark: the column is the header's nearest.
      int column =
          centres.isEmpty() || !aligned ? i + shift : nearest(centres, (c.start() + c.end()) / 2);
      typed.add(
          new Cell(
              c.start(),
              c.end(),
              c.text(),
              column < header.size() ? header.get(column) : Column.OTHER));
    }
    return Optional.of(new Row(typed, unit));
  }

  // A cell that is an amount alone: 30, 1,500,000, ₩45,000.
  private static final Pattern AMOUNT_ONLY =
      Pattern.compile("[₩$]?\\s?(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(?:원|만원|만|won|k)?");

  /**
   * How many columns a row shorter than its header starts to the right: a spreadsheet whose first
   * cells are merged down over several rows (a date written once for the night's rows) gives the
   * rows below without their empty first cells, so "몫 | 큰형 | | | 45" is the 구분 column on, not the
   * 일자 column, and its 45 is money out, not in. The shift chosen is the one under which the row's
   * amounts sit in amount columns and no word sits in one; with a tie, none (a row whose empty last
   * cells were dropped, 합계 | | 150 | 95, keeps its columns).
   */
  private int mergedCellsAbove(List<Cell> cells) {
    if (cells.size() >= header.size()) {
      return 0;
    }
    int best = 0;
    int bestFit = fit(cells, 0);
    for (int shift = 1; shift <= header.size() - cells.size(); shift++) {
      int f = fit(cells, shift);
      if (f > bestFit) {
        best = shift;
        bestFit = f;
      }
    }
    return best;
  }

  private int fit(List<Cell> cells, int shift) {
    int fit = 0;
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i).text();
      if (text.isEmpty()) {
        continue;
      }
      Column column = header.get(i + shift);
      boolean money = column == Column.IN || column == Column.OUT || column == Column.AMOUNT;
      boolean amount = AMOUNT_ONLY.matcher(text).matches();
      if (money) {
        fit += amount ? 1 : -1;
      } else if (column == Column.DATE) {
        fit += text.matches(".*\\d.*") ? 1 : -1;
      }
    }
    return fit;
  }

  // A column naming who the money came from or went to, with the amount in the column after it:
  // "들어온 곳 | 금액 | 나간 곳 | 금액", "Received from | Amount | Paid to | Amount".
  private static final Pattern PARTY_IN =
      Pattern.compile("들어온\\s?곳|받은\\s?곳|입금\\s?처|수금\\s?처|(?i:received from|got from|from whom)");
  private static final Pattern PARTY_OUT =
      Pattern.compile(
          "나간\\s?곳|보낸\\s?곳|준\\s?곳|출금\\s?처|송금\\s?처|지급\\s?처|(?i:paid to|sent to|to whom)");

  /**
   * The header's columns with each side's amount told apart: a plain amount column right after a
   * column naming who paid in is money in, after one naming who was paid money out.
   */
  private static List<Column> sided(List<Cell> cells, List<Column> columns) {
    List<Column> out = new ArrayList<>(columns);
    for (int i = 0; i + 1 < cells.size(); i++) {
      String h = cells.get(i).text().strip();
      boolean in = PARTY_IN.matcher(h).matches();
      if ((in || PARTY_OUT.matcher(h).matches()) && out.get(i + 1) == Column.AMOUNT) {
        out.set(i + 1, in ? Column.IN : Column.OUT);
      }
    }
    return List.copyOf(out);
  }

  private static long known(List<Cell> cells) {
    return cells.stream().filter(c -> column(c.text()) != Column.OTHER).count();
  }

  /** Whether a FROM or TO cell names the writer himself ("me", "나", "본인"). */
  static boolean isWriter(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT).matches("me|i|myself|self|나|내|본인|저|우리|us|we");
  }

  /** Which way a direction cell says the row's money went: true in, false out. */
  static Optional<Boolean> direction(String cell) {
    String c = cell.strip().toLowerCase(Locale.ROOT);
    // A wallet's Receive and Send (USDT 1500, "Wolf (buyer)").
    if (c.matches("in|입|입금|받음|수입|들어옴|income|received|credit|cr|receive|deposit|incoming")) {
      return Optional.of(true);
    }
    if (c.matches("out|출|출금|지급|줌|지출|나감|expense|paid|debit|dr|send|sent|withdrawal|outgoing")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The bare number of a money cell, scaled by the table's unit. */
  static Optional<BigDecimal> amount(String cell, BigDecimal unit) {
    String t = cell.strip().replace("₩", "").replace("$", "").replace(",", "").strip();
    if (!t.matches("\\d+(?:\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t).multiply(unit).stripTrailingZeros());
  }

  private static int nearest(List<Integer> centres, int at) {
    int best = 0;
    for (int i = 1; i < centres.size(); i++) {
      if (Math.abs(centres.get(i) - at) < Math.abs(centres.get(best) - at)) {
        best = i;
      }
    }
    return best;
  }

  private static List<Cell> split(String line, Pattern separator) {
    List<Cell> out = new ArrayList<>();
    Matcher m = separator.matcher(line);
    int at = 0;
    while (m.find()) {
      out.add(cell(line, at, m.start()));
      at = m.end();
    }
    out.add(cell(line, at, line.length()));
    return out;
  }

  private static Cell cell(String line, int start, int end) {
    String raw = line.substring(start, end);
    int lead = raw.length() - raw.stripLeading().length();
    String text = raw.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1); // a quoted CSV cell: "3,450,000"
      lead++;
    }
    return new Cell(start + lead, start + lead + text.length(), text, Column.OTHER);
  }

  // A unit or currency in brackets after a column's name: "Amount (KRW)", "금액(원)", "Paid [₩]".
  private static final Pattern BRACKETED = Pattern.compile("\\s*[(\\[][^)\\]]{1,12}[)\\]]\\s*$");

  private static Column column(String header) {
    String h = BRACKETED.matcher(header.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    if (h.matches("from|payer|보낸\\s?사람|보낸\\s?이|준\\s?사람|송금인|입금자")) {
      return Column.FROM;
    }
    if (h.matches("to|payee|받는\\s?사람|받은\\s?사람|받는\\s?이|받은\\s?이|수취인")) {
      return Column.TO;
    }
    if (h.matches("날짜|일자|일시|거래일|날|date|day|when|dated")) {
      return Column.DATE;
    }
    if (h.matches(
        "누구|이름|성명|상대|상대방|거래처|거래\\s?상대|대상|닉네임|닉|who|name|party|to/from|from/to"
            + "|들어온\\s?곳|받은\\s?곳|입금\\s?처|수금\\s?처|나간\\s?곳|보낸\\s?곳|준\\s?곳|출금\\s?처|송금\\s?처"
            + "|지급\\s?처|received from|got from|from whom|paid to|sent to|to whom"
            + "|counterparty|contact|person|nickname|handle|client|customer"
            // A wallet's "Counterparty label", a casting sheet's "Applicant".
            + "|(?:counterparty|contact|recipient|sender)\\s(?:label|name)|applicant|applicants")) {
      return Column.WHO;
    }
    if (h.matches(
        "내용|메모|비고|항목|적요|내역|사유|용도|설명|거래\\s?내용|memo|note|notes|item|items|description"
            + "|details|what|for|remarks?|reason|purpose|particulars")) {
      return Column.MEMO;
    }
    if (h.matches(
        // 입 and 출 alone: a pocket ledger's headers, the first syllable of 입금 and 출금
        "입|받음|받은\\s?돈|받은\\s?금액|들어옴|들어온\\s?돈|입금|입금액|수입|수금|in|received|income|incoming"
            + "|credit|money in|cash in|deposits?|receipts?")) {
      return Column.IN;
    }
    if (h.matches(
        "출|줌|준\\s?돈|준\\s?금액|나감|나간\\s?돈|보낸\\s?돈|지급|지급액|출금|출금액|지출|지불|out|paid|expense"
            + "|expenses|outgoing|debit|money out|cash out|spent|payments?|withdrawals?")) {
      return Column.OUT;
    }
    if (h.matches("금액|액수|돈|amount|sum|won|krw")) {
      return Column.AMOUNT;
    }
    if (h.matches("비율|몫|지분|share|cut|percent|%")) {
      return Column.PERCENT;
    }
    // A household-accounts app's category (대분류: 수입, 식비, 이체), whose 수입 is money in.
    if (h.matches("구분|입출금|입/출금|방향|종류|type|in/out|direction|dr/cr|대분류|분류|카테고리|category|타입")) {
      return Column.DIRECTION;
    }
    return Column.OTHER;
  }

  private static BigDecimal unit(Matcher m) {
    String ko = m.group("ko");
    if (ko != null) {
      return switch (ko) {
        // (단위: 만): the unit without 원, as a pocket ledger abbreviates it
        case "백만원", "백만" -> new BigDecimal(1_000_000);
        case "십만원", "십만" -> new BigDecimal(100_000);
        case "만원", "만" -> new BigDecimal(10_000);
        case "천원", "천" -> new BigDecimal(1_000);
        default -> BigDecimal.ONE;
      };
    }
    String en = m.group("en").toLowerCase(Locale.ROOT);
    if (en.startsWith("million")) {
      return new BigDecimal(1_000_000);
    }
    return en.startsWith("thousand") || en.equals("1,000")
        ? new BigDecimal(1_000)
        : new BigDecimal(10_000);
  }
}
