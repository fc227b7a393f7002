package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.IntegrationTest;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** The downloads: read back with POI and Commons CSV's own format, diacritics intact, large ones streamed. */
@IntegrationTest
class RegistryExportsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    RegistryExports exports;
    @Autowired
    RegistryService registry;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRegistryAsXlsxHasVietnameseHeadersAndTheFilteredRows() throws IOException {
        SignedInUser staff = users.loadUserByUsername("thongke");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.registry(staff, new RegistryFilter("doan ket", null, null, null, null, null), ExportFormat.XLSX, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Sổ làng nghề");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tên làng");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Xã (trước 01/7/2025)");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Huyện (trước 01/7/2025)");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Xóm Đoàn Kết");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Làng nghề");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Đã công nhận");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("chế tác gỗ lũa và đá cảnh");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Xã Lương Sơn");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Lâm Sơn");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Phú Thọ");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Lương Sơn");
        }
    }

    @Test
    void aVillagesFiguresAsXlsxAreNumbersMarkedIllustrative() throws IOException {
        SignedInUser staff = users.loadUserByUsername("thongke");
        Long village = RegistryFixtures.demoVillage(registry, staff, "Làng Đình");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.reports(staff, village, ExportFormat.XLSX, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Số hộ tham gia ngành nghề");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(DemoRegistry.FIRST_YEAR);
            Row latest = sheet.getRow(DemoRegistry.LATEST_YEAR - DemoRegistry.FIRST_YEAR + 1);
            assertThat(latest.getCell(0).getNumericCellValue()).isEqualTo(DemoRegistry.LATEST_YEAR);
            assertThat(latest.getCell(4).getNumericCellValue()).isEqualTo(105);
            assertThat(latest.getCell(5).getNumericCellValue()).isEqualTo(65);
            assertThat(latest.getCell(3).getNumericCellValue()).isEqualTo(25.0);
            assertThat(latest.getCell(9).getStringCellValue()).isEqualTo("Có");
            assertThat(DateUtil.isCellDateFormatted(latest.getCell(0))).isFalse();
        }
    }

    @Test
    void theOpenDataCsvStartsWithAByteOrderMarkAndKeepsDiacritics() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.openData(new RegistryFilter("chieng ha", null, null, null, null, null), ExportFormat.CSV, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(BOM);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("Tên làng,Danh hiệu,Xã (hiện nay),Tỉnh (hiện nay),Số quyết định,Ngày công nhận,Nhóm ngành nghề,Nghề");
        assertThat(csv).contains("Xóm Chiềng Hạ,Làng nghề,Xã Mai Hạ,Phú Thọ,,,1,nấu rượu");
    }

    /** National scale: 100,000 rows, read from the database one at a time and written as they come. */
    @Test
    @Transactional
    void exportsAHundredThousandRows() throws IOException {
        jdbc.update("""
                INSERT INTO registry_entry (kind, name, title, status, activity_group, craft, commune_id, district_id,
                                            current_commune_id, province_id, search_text)
                SELECT 'VILLAGE', CONCAT('Làng thử ', seq), 'CRAFT_VILLAGE', 'RECOGNISED', 1 + seq % 7, 'dệt', 100, 10,
                       100, 1, CONCAT('lang thu ', seq)
                FROM seq_1_to_100000
                """);
        LineCounter out = new LineCounter();

        exports.registry(users.loadUserByUsername("thongke"), new RegistryFilter("lang thu", null, null, null, null, null),
                ExportFormat.CSV, out);

        assertThat(out.lines).isEqualTo(100_001);
    }

    /** Counts lines without keeping what was written. */
    private static final class LineCounter extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
