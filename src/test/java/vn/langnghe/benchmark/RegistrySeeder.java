package vn.langnghe.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import vn.langnghe.criteria.Title;
import vn.langnghe.territory.Placement;
import vn.langnghe.village.EntryKind;
import vn.langnghe.village.RegistryEntry;
import vn.langnghe.village.RegistryStatus;

/**
 * Loads a national-size registry in a minute or two: multi-row INSERTs over plain JDBC, with ids chosen here
 * so the reports need no read-back, and the search text folded by the application's own code. Going through
 * JPA would take an hour for a million reports.
 */
final class RegistrySeeder {

    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;
    /** Every twentieth village corrected this year's report: the first version is kept, no longer current. */
    static final int CORRECTED_YEAR = 2024;
    /** Revocations all fall after this, so every entry with a title counted at its end. */
    static final LocalDate REVOKED_AFTER = LocalDate.of(2024, 12, 31);

    private static final int ENTRIES_PER_INSERT = 1000;
    private static final int REPORTS_PER_INSERT = 2000;
    private static final String[] PREFIXES = {"Làng", "Thôn", "Xóm", "Bản", "Làng nghề"};
    private static final String[] CRAFTS = {"gốm", "mây tre đan", "dệt thổ cẩm", "rượu cần", "mộc", "rèn", "sơn mài",
        "chiếu cói", "nón lá", "bánh đa", "đúc đồng", "thêu ren", "giấy dó", "hương trầm", "bún", "chạm bạc",
        "đan lát", "miến dong", "chè", "cốm"};
    private static final String[] SYLLABLES = {"Đông", "Phù", "Vạn", "Kim", "Bát", "Tràng", "Lãng", "Phúc", "Hồ",
        "Sơn", "Thượng", "Hạ", "Yên", "Mỹ", "Đồng", "Xuân", "Thủy", "Bình", "An", "Lạc", "Hòa", "Tân", "Phú",
        "Nghĩa", "Châu", "Trung", "Đoài", "Ngọc", "Quỳnh", "Đức"};
    private static final List<String> ENTRY_COLUMNS = List.of("id", "kind", "name", "title", "status",
            "activity_group", "craft", "commune_id", "district_id", "current_commune_id", "province_id",
            "recognised_on", "decision_number", "revoked_on", "revocation_decision_number", "revocation_reason",
            "search_text");
    private static final List<String> REPORT_COLUMNS = List.of("entry_id", "report_year", "revision", "current",
            "total_households", "participating_households", "workers_total", "workers_regular", "production_value",
            "revenue", "illustrative", "filed_by", "filed_at");

    /** What was loaded, counted as it went, for the benchmark's correctness checks. */
    record Seeded(int entries, int recognised, int withTitle, int matching) {
    }

    private final DataSource dataSource;
    private final List<Placement> placements;
    private final Random random = new Random(8);

    RegistrySeeder(DataSource dataSource, List<Placement> placements) {
        this.dataSource = dataSource;
        this.placements = placements;
    }

    /** Adds villages with a report for each year, counting those whose search text holds {@code needle} (folded). */
    Seeded seed(int villages, String needle) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // The ids are made here and consistent by construction: the server need not check a million keys.
            execute(connection, "SET foreign_key_checks = 0, unique_checks = 0");
            try {
                return seed(connection, villages, needle);
            } finally {
                execute(connection, "SET foreign_key_checks = 1, unique_checks = 1");
                connection.setAutoCommit(true);
            }
        }
    }

    private Seeded seed(Connection connection, int villages, String needle) throws SQLException {
        long firstId = firstFreeId(connection);
        int recognised = 0;
        int withTitle = 0;
        int matching = 0;
        List<List<Object>> entries = new ArrayList<>();
        List<List<Object>> reports = new ArrayList<>();
        for (int i = 0; i < villages; i++) {
            long id = firstId + i;
            Entry entry = entry(id);
            recognised += entry.status() == RegistryStatus.RECOGNISED ? 1 : 0;
            withTitle += entry.status() == RegistryStatus.NOT_RECOGNISED ? 0 : 1;
            matching += entry.searchText().contains(needle) ? 1 : 0;
            entries.add(entry.row());
            addReports(id, i % 20 == 0, reports);
            if (entries.size() == ENTRIES_PER_INSERT) {
                insert(connection, "registry_entry", ENTRY_COLUMNS, entries);
            }
            if (reports.size() >= REPORTS_PER_INSERT) {
                insert(connection, "labour_report", REPORT_COLUMNS, reports);
            }
        }
        insert(connection, "registry_entry", ENTRY_COLUMNS, entries);
        insert(connection, "labour_report", REPORT_COLUMNS, reports);
        // Fresh statistics, as a server that has lived with this data would have.
        execute(connection, "ANALYZE TABLE registry_entry, labour_report");
        return new Seeded(villages, recognised, withTitle, matching);
    }

    /** A row of registry_entry, with the parts the checks count. */
    private record Entry(List<Object> row, RegistryStatus status, String searchText) {
    }

    private Entry entry(long id) {
        String craft = CRAFTS[random.nextInt(CRAFTS.length)];
        String name = PREFIXES[random.nextInt(PREFIXES.length)] + " " + craft + " "
                + SYLLABLES[random.nextInt(SYLLABLES.length)] + " " + SYLLABLES[random.nextInt(SYLLABLES.length)];
        String capitalisedCraft = Character.toUpperCase(craft.charAt(0)) + craft.substring(1);
        Placement placement = placements.get(random.nextInt(placements.size()));
        int draw = random.nextInt(100);
        RegistryStatus status = draw < 5 ? RegistryStatus.NOT_RECOGNISED : draw < 12 ? RegistryStatus.REVOKED
                : draw < 15 ? RegistryStatus.UNDER_REVIEW : RegistryStatus.RECOGNISED;
        boolean titled = status != RegistryStatus.NOT_RECOGNISED;
        Title title = random.nextInt(10) < 7 ? Title.CRAFT_VILLAGE : Title.TRADITIONAL_CRAFT_VILLAGE;
        LocalDate recognisedOn = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(25 * 365));
        boolean revoked = status == RegistryStatus.REVOKED;
        List<Object> row = new ArrayList<>();
        row.add(id);
        row.add(EntryKind.VILLAGE.name());
        row.add(name);
        row.add(titled ? title.name() : null);
        row.add(status.name());
        row.add(1 + random.nextInt(7));
        row.add(capitalisedCraft);
        row.add(placement.commune().id());
        row.add(placement.district() == null ? null : placement.district().id());
        row.add(placement.communeNow().id());
        row.add(placement.provinceNow().id());
        row.add(titled ? recognisedOn : null);
        row.add(titled ? (1 + random.nextInt(999)) + "/QĐ-UBND" : null);
        row.add(revoked ? REVOKED_AFTER.plusDays(1 + random.nextInt(300)) : null);
        row.add(revoked ? (1 + random.nextInt(999)) + "/QĐ-UBND" : null);
        row.add(revoked ? "Không duy trì tiêu chí về lao động" : null);
        String searchText = RegistryEntry.searchText(name, capitalisedCraft, placement);
        row.add(searchText);
        return new Entry(row, status, searchText);
    }

    /** One current report a year; a corrected year also keeps its first, superseded version. */
    private void addReports(long entryId, boolean corrected, List<List<Object>> reports) {
        int households = 100 + random.nextInt(500);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (corrected && year == CORRECTED_YEAR) {
                reports.add(report(entryId, year, 1, false, households));
                reports.add(report(entryId, year, 2, true, households));
            } else {
                reports.add(report(entryId, year, 1, true, households));
            }
        }
    }

    private List<Object> report(long entryId, int year, int revision, boolean current, int households) {
        int participating = households * (15 + random.nextInt(56)) / 100;
        int workers = participating + random.nextInt(participating + 1);
        int regular = workers * (50 + random.nextInt(31)) / 100;
        long production = random.nextInt(100) == 0 ? 0 : workers * (30_000_000L + random.nextInt(30) * 1_000_000L);
        return List.of(entryId, year, revision, current, households, participating, workers, regular, production,
                production * 85 / 100, false, "benchmark",
                Timestamp.valueOf(LocalDateTime.of(year + 1, 3, 1 + random.nextInt(28), 9, 0)));
    }

    private static long firstFreeId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM registry_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One multi-row INSERT of every row given, committed; the list is emptied for the next batch. */
    private static void insert(Connection connection, String table, List<String> columns, List<List<Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String values = "(" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), values));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (List<Object> row : rows) {
                for (Object value : row) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
        }
        connection.commit();
        rows.clear();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
