package vn.langnghe.village;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.langnghe.common.VietnamTime;

/**
 * Writes rows as CSV (Commons CSV, UTF-8 with a byte-order mark so Excel shows the diacritics) or XLSX
 * (POI's streaming SXSSF: only a window of rows is in memory). Rows arrive one at a time and leave at once.
 */
final class Spreadsheets {

    /** A column: its header and how a row gives its value (text, a number, a date, or null). */
    record Column<T>(String header, Function<T, Object> value) {
    }

    private static final int ROWS_IN_MEMORY = 100;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Spreadsheets() {
    }

    static <T> void write(ExportFormat format, List<Column<T>> columns, Consumer<Consumer<T>> rows, String sheetName,
            OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            csv(columns, rows, out);
        } else {
            xlsx(columns, rows, sheetName, out);
        }
    }

    private static <T> void csv(List<Column<T>> columns, Consumer<Consumer<T>> rows, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(columns.stream().map(Column::header)
                .toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        try {
            rows.accept(row -> {
                try {
                    printer.printRecord(columns.stream().map(c -> text(c.value().apply(row))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static <T> void xlsx(List<Column<T>> columns, Consumer<Consumer<T>> rows, String sheetName,
            OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(item -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(item);
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** Dates as dd/MM/yyyy; text that a spreadsheet would run as a formula is quoted. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return VietnamTime.DATE.format(date);
        }
        String text = value.toString();
        return value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
