package vn.langnghe.territory;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.langnghe.common.Folding;

/**
 * One arrangement of the administrative map (a resolution of the Standing Committee), applied in SQL by
 * the Flyway migration that loads it. The new units start on the effective date; each commune-level unit
 * in force the day before whose name one of them lists in {@code formedFrom}, in the same province today,
 * ends that day and is linked to each new unit that lists it. Records that point at a unit with a single
 * successor (registry entries' current commune, officers' commune) follow it; the rest keep their unit.
 */
final class Arrangement {

    /** A unit of the arrangement as published: official code, name with its unit word, province code. */
    record NewUnit(String code, String name, String provinceCode, String formedFrom) {
    }

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\((huyện|thị xã|thành phố|quận) ([^)]*)\\)$");
    private static final Pattern REMAINDER = Pattern.compile("\\s*\\(phần còn lại[^)]*\\)");
    private static final List<String> COMMUNE_WORDS = List.of("xã ", "phường ", "thị trấn ", "đặc khu ");
    private static final List<String> PROVINCE_WORDS = List.of("tỉnh ", "thành phố ");

    /** Unit ids derived from the official code, so that a reload or another node computes the same ids. */
    static final long PROVINCE_IDS = 1_000L;
    static final long COMMUNE_IDS = 100_000L;

    private final Connection connection;
    private final LocalDate effective;

    Arrangement(Connection connection, LocalDate effective) {
        this.connection = connection;
        this.effective = effective;
    }

    /** Provinces first (a province already known by its code only gets its {@code formedFrom}), then communes. */
    void apply(List<NewUnit> provinces, List<NewUnit> communes) throws SQLException {
        loadProvinces(provinces);
        Map<String, Long> provinceIds = provinceIdsByCode();
        List<Predecessor> candidates = communesInForceBefore();
        insertCommunes(communes, provinceIds);
        link(communes, provinceIds, candidates);
    }

    private void loadProvinces(List<NewUnit> provinces) throws SQLException {
        Map<String, Long> known = provinceIdsByCode();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE administrative_unit SET formed_from = ?, search_text = ? WHERE id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO administrative_unit (id, name, level, valid_from, code, formed_from, search_text)"
                                + " VALUES (?, ?, 'PROVINCE', ?, ?, ?, ?)")) {
            for (NewUnit province : provinces) {
                String name = withoutWord(province.name(), PROVINCE_WORDS);
                Long id = known.get(province.code());
                if (id != null) {
                    update.setString(1, province.formedFrom());
                    update.setString(2, searchText(name, province));
                    update.setLong(3, id);
                    update.addBatch();
                } else {
                    insert.setLong(1, PROVINCE_IDS + Long.parseLong(province.code()));
                    insert.setString(2, name);
                    insert.setDate(3, Date.valueOf(effective));
                    insert.setString(4, province.code());
                    insert.setString(5, province.formedFrom());
                    insert.setString(6, searchText(name, province));
                    insert.addBatch();
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private Map<String, Long> provinceIdsByCode() throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code, id FROM administrative_unit WHERE level = 'PROVINCE' AND code IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    private void insertCommunes(List<NewUnit> communes, Map<String, Long> provinceIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO administrative_unit (id, name, level, parent_id, valid_from, code, formed_from, search_text)"
                        + " VALUES (?, ?, 'COMMUNE', ?, ?, ?, ?, ?)")) {
            for (NewUnit commune : communes) {
                insert.setLong(1, COMMUNE_IDS + Long.parseLong(commune.code()));
                insert.setString(2, commune.name());
                insert.setLong(3, province(provinceIds, commune));
                insert.setDate(4, Date.valueOf(effective));
                insert.setString(5, commune.code());
                insert.setString(6, commune.formedFrom());
                insert.setString(7, searchText(commune.name(), commune));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A commune-level unit in force the day before, with what a {@code formedFrom} entry may call it. */
    private record Predecessor(long id, String key, String district, long provinceNow) {
    }

    private List<Predecessor> communesInForceBefore() throws SQLException {
        Map<Long, long[]> parentAndSuccessor = new HashMap<>();
        Map<Long, String> levels = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, level, name, COALESCE(parent_id, 0), COALESCE(successor_id, 0) FROM administrative_unit");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                levels.put(id, rows.getString(2));
                names.put(id, rows.getString(3));
                parentAndSuccessor.put(id, new long[] {rows.getLong(4), rows.getLong(5)});
            }
        }
        List<Predecessor> candidates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM administrative_unit"
                + " WHERE level = 'COMMUNE' AND (valid_from IS NULL OR valid_from < ?) AND (valid_to IS NULL OR valid_to >= ?)")) {
            select.setDate(1, Date.valueOf(effective));
            select.setDate(2, Date.valueOf(effective.minusDays(1)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long district = ancestor(id, "DISTRICT", levels, parentAndSuccessor);
                    long province = ancestor(id, "PROVINCE", levels, parentAndSuccessor);
                    while (parentAndSuccessor.get(province)[1] != 0) {
                        province = parentAndSuccessor.get(province)[1];
                    }
                    candidates.add(new Predecessor(id, key(withWord(names.get(id))),
                            district == 0 ? null : key(names.get(district)), province));
                }
            }
        }
        return candidates;
    }

    private static long ancestor(long id, String level, Map<Long, String> levels, Map<Long, long[]> parentAndSuccessor) {
        long current = id;
        while (current != 0 && !level.equals(levels.get(current))) {
            current = parentAndSuccessor.get(current)[0];
        }
        return current;
    }

    private void link(List<NewUnit> communes, Map<String, Long> provinceIds, List<Predecessor> candidates)
            throws SQLException {
        Map<Long, Set<Long>> successors = new LinkedHashMap<>();
        for (NewUnit commune : communes) {
            long id = COMMUNE_IDS + Long.parseLong(commune.code());
            long province = province(provinceIds, commune);
            for (String entry : formedFrom(commune.formedFrom())) {
                Matcher qualified = QUALIFIED.matcher(entry);
                String name = key(qualified.matches() ? qualified.group(1) : entry);
                String district = qualified.matches() ? key(qualified.group(3)) : null;
                candidates.stream().filter(p -> p.provinceNow() == province && p.key().equals(name)
                                && (district == null || district.equals(p.district())))
                        .forEach(p -> successors.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(id));
            }
        }
        try (PreparedStatement links = connection.prepareStatement(
                "INSERT INTO administrative_unit_link (predecessor_id, successor_id) VALUES (?, ?)");
                PreparedStatement end = connection.prepareStatement(
                        "UPDATE administrative_unit SET valid_to = ?, successor_id = ? WHERE id = ?");
                PreparedStatement entries = connection.prepareStatement("UPDATE registry_entry"
                        + " SET current_commune_id = ?, search_text = CONCAT(search_text, ' | ', ?) WHERE current_commune_id = ?");
                PreparedStatement officers = connection.prepareStatement(
                        "UPDATE user_account SET commune_id = ? WHERE commune_id = ?")) {
            for (Map.Entry<Long, Set<Long>> link : successors.entrySet()) {
                for (Long successor : link.getValue()) {
                    links.setLong(1, link.getKey());
                    links.setLong(2, successor);
                    links.addBatch();
                }
                Long only = link.getValue().size() == 1 ? link.getValue().iterator().next() : null;
                end.setDate(1, Date.valueOf(effective.minusDays(1)));
                end.setObject(2, only);
                end.setLong(3, link.getKey());
                end.addBatch();
                if (only != null) {
                    entries.setLong(1, only);
                    entries.setString(2, Folding.fold(nameOf(communes, only)));
                    entries.setLong(3, link.getKey());
                    entries.addBatch();
                    officers.setLong(1, only);
                    officers.setLong(2, link.getKey());
                    officers.addBatch();
                }
            }
            links.executeBatch();
            end.executeBatch();
            entries.executeBatch();
            officers.executeBatch();
        }
    }

    private static String nameOf(List<NewUnit> communes, long id) {
        return communes.stream().filter(c -> COMMUNE_IDS + Long.parseLong(c.code()) == id).findFirst().orElseThrow()
                .name();
    }

    private static long province(Map<String, Long> provinceIds, NewUnit commune) {
        Long province = provinceIds.get(commune.provinceCode());
        if (province == null) {
            throw new IllegalArgumentException("Unit " + commune.code() + " names unknown province " + commune.provinceCode());
        }
        return province;
    }

    /** The entries of a published list, without the "(phần còn lại …)" remarks of units split before. */
    static List<String> formedFrom(String formedFrom) {
        if (formedFrom == null || formedFrom.isBlank()) {
            return List.of();
        }
        String plain = REMAINDER.matcher(formedFrom).replaceAll("");
        return Stream.of(plain.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String searchText(String name, NewUnit unit) {
        return Stream.of(name, unit.code(), unit.formedFrom()).map(Folding::fold).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" | "));
    }

    /** "Yên Nghiệp" as units before 2025 were stored here is "Xã Yên Nghiệp" in a published list. */
    private static String withWord(String name) {
        String lower = name.toLowerCase(VI);
        return COMMUNE_WORDS.stream().anyMatch(lower::startsWith) ? name : "Xã " + name;
    }

    private static String withoutWord(String name, List<String> words) {
        String lower = name.toLowerCase(VI);
        return words.stream().filter(lower::startsWith).findFirst().map(w -> name.substring(w.length()).strip())
                .orElse(name);
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(VI);
    }
}
