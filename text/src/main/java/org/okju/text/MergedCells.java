package org.okju.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook (.xlsx, .xlsm, .xls) whose merged cells span rows, read with every row of a merged
 * region given the region's value. A ledger kept by hand merges a woman's name over the rows of her
 * sales; Tika gives a merged region's value to its first cell only, so the rows below lose her name
 * and the reader sees a sale with no one's recording in it. A workbook with no such region is left
 * to Tika ({@link #read} returns empty), so every other spreadsheet reads exactly as before.
 *
 * <p>The text is laid out as Tika lays out a workbook: one page per sheet, the sheet's name on its
 * first line, then one line per row with its cells separated by tabs (empty cells before a row's
 * first value written as nothing, as {@link PagedTextHandler} writes Tika's table rows). Stateless.
 */
final class MergedCells {
  private static final java.util.Set<String> WORKBOOKS =
      java.util.Set.of(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.ms-excel.sheet.macroenabled.12",
          "application/vnd.ms-excel");

  /**
   * The largest workbook read here. POI's workbook model holds every cell in memory (tens of times
   * the file's size); a hand-kept ledger is far smaller, and a larger workbook is left to Tika's
   * streaming reader, merged cells or not.
   */
  static final long MAX_BYTES = 4L << 20;

  private MergedCells() {}

  /** Whether a document of this type is a workbook read here when its merged cells span rows. */
  static boolean isWorkbook(String mediaType) {
    return WORKBOOKS.contains(mediaType.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The workbook's text with merged values spread over their rows, or empty when no merged region
   * spans more than one row (or the workbook cannot be opened here: Tika then reads it and reports
   * what is wrong, as for any .xlsx).
   */
  static Optional<ExtractedText> read(DocumentSource source, DocumentReader.Limits limits) {
    try {
      if (source.size() > MAX_BYTES) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    try (InputStream in = source.open();
        Workbook book = WorkbookFactory.create(in)) {
      if (!spansRows(book)) {
        return Optional.empty();
      }
      DataFormatter format = new DataFormatter();
      // A total's cell holds its formula; the value the workbook last computed is what Tika prints.
      format.setUseCachedValuesForFormulaCells(true);
      List<String> pages = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      int chars = 0;
      for (Sheet sheet : book) {
        if (pages.size() >= limits.maxPages()) {
          warnings.add("truncated: kept the first " + limits.maxPages() + " pages");
          break;
        }
        String page = sheetText(sheet, format);
        if (chars + page.length() > limits.maxChars()) {
          pages.add(page.substring(0, Math.max(0, limits.maxChars() - chars)));
          warnings.add("truncated: kept the first " + limits.maxChars() + " characters");
          break;
        }
        chars += page.length();
        pages.add(page);
      }
      return Optional.of(
          new ExtractedText(pages, warnings, ExtractedText.Method.PARSER, Optional.empty()));
    } catch (IOException | RuntimeException e) {
      // Encrypted, damaged or no workbook after all: Tika's reading decides and says why.
      return Optional.empty();
    }
  }

  private static boolean spansRows(Workbook book) {
    for (Sheet sheet : book) {
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        if (region.getLastRow() > region.getFirstRow()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String sheetText(Sheet sheet, DataFormatter format) {
    // Each cell a merged region covers, by row and column, holds the region's first cell's text.
    Map<Long, String> spread = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      Row first = sheet.getRow(region.getFirstRow());
      Cell cell = first == null ? null : first.getCell(region.getFirstColumn());
      String value = cell == null ? "" : format.formatCellValue(cell);
      if (value.isBlank()) {
        continue;
      }
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          // A region across columns (a title over the table) keeps its value in its first cell
          // only, as Tika writes it; across rows every row gets it.
          if (c == region.getFirstColumn() || r > region.getFirstRow()) {
            spread.put(key(r, c), c == region.getFirstColumn() ? value : "");
          }
        }
      }
    }
    // The last column a spread value reaches, by row.
    Map<Integer, Integer> spreadTo = new HashMap<>();
    for (long k : spread.keySet()) {
      spreadTo.merge((int) (k >> 32), (int) k, Math::max);
    }
    StringBuilder page = new StringBuilder(sheet.getSheetName()).append('\n');
    int lastRow = Math.max(sheet.getLastRowNum(), lastRow(spread));
    for (int r = sheet.getFirstRowNum(); r <= lastRow; r++) {
      Row row = sheet.getRow(r);
      int last =
          Math.max(row == null ? -1 : row.getLastCellNum() - 1, spreadTo.getOrDefault(r, -1));
      StringBuilder line = new StringBuilder();
      for (int c = 0; c <= last; c++) {
        String value = spread.get(key(r, c));
        if (value == null) {
          Cell cell = row == null ? null : row.getCell(c);
          value = cell == null ? "" : format.formatCellValue(cell);
        }
        if (line.length() > 0) {
          line.append('\t');
        }
        line.append(value); // empty cells before a row's first value are nothing, as in Tika's
      }
      if (!line.toString().isBlank()) {
        page.append(line).append('\n');
      }
    }
    return page.toString().strip();
  }

  private static int lastRow(Map<Long, String> spread) {
    int last = -1;
    for (long k : spread.keySet()) {
      last = Math.max(last, (int) (k >> 32));
    }
    return last;
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }
}
