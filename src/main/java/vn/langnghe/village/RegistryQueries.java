package vn.langnghe.village;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.langnghe.common.Folding;
import vn.langnghe.criteria.Title;

/**
 * Reads the registry with plain SQL: a page, its count, or every row one at a time (the driver streams
 * them, so an export of 100,000 rows never holds them all).
 */
@Component
class RegistryQueries {

    /** Rows the driver fetches at a time while streaming. */
    private static final int STREAM_FETCH_SIZE = 1000;

    /** The unit names of a row; every entry has its units (foreign keys), so these joins never drop one. */
    private static final String UNITS = """
             JOIN administrative_unit c ON c.id = e.commune_id
             JOIN administrative_unit cn ON cn.id = e.current_commune_id
             JOIN administrative_unit p ON p.id = e.province_id
             LEFT JOIN administrative_unit d ON d.id = e.district_id
            """;
    private static final String COLUMNS = """
            SELECT e.id, e.kind, e.name, e.title, e.status, e.activity_group, e.craft, cn.name AS commune,
                   c.name AS commune_before, d.name AS district_before, p.name AS province, e.recognised_on,
                   e.decision_number
            """;
    private static final String FROM = " FROM registry_entry e" + UNITS;
    private static final String ORDER = " ORDER BY e.name, e.id";
    private static final String ORDER_BACKWARDS = " ORDER BY e.name DESC, e.id DESC";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;

    RegistryQueries(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
        streamingTemplate.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(streamingTemplate);
    }

    /**
     * Who is asking: {@code visibleCommune} limits to the entries now in that commune (null: all);
     * {@code titleInForce} limits to recognised entries (the open data).
     */
    record Scope(Long visibleCommune, boolean titleInForce) {
    }

    /**
     * The page's ids come first, from an index alone where one fits the filter; only those rows are then read
     * and joined, not every row an offset skips. A page nearer the end takes its ids in reverse order from the
     * end, skipping only the rows after it.
     */
    List<RegistryRow> page(RegistryFilter filter, Scope scope, PageWindow window) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        boolean backwards = window.nearerTheEnd();
        String ids = "SELECT e.id FROM registry_entry e" + searchIndex(filter) + where(filter, scope, parameters)
                + (backwards ? ORDER_BACKWARDS : ORDER) + " LIMIT :limit OFFSET :offset";
        String sql = COLUMNS + " FROM (" + ids + ") page_ids JOIN registry_entry e ON e.id = page_ids.id" + UNITS
                + ORDER;
        parameters.addValue("limit", backwards ? window.limitFromEnd() : window.limit())
                .addValue("offset", backwards ? window.offsetFromEnd() : window.offset());
        return jdbc.query(sql, parameters, (rs, n) -> row(rs));
    }

    Optional<RegistryRow> one(Long id) {
        return jdbc.query(COLUMNS + FROM + " WHERE e.id = :id", new MapSqlParameterSource("id", id), (rs, n) -> row(rs))
                .stream().findFirst();
    }

    long count(RegistryFilter filter, Scope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        // Counted without the unit joins: they cannot change the count and cost a lookup per row.
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM registry_entry e" + where(filter, scope, parameters),
                parameters, Long.class);
        return count == null ? 0 : count;
    }

    /** Hands every matching row to {@code sink} in registry order, as the database sends them. */
    void forEach(RegistryFilter filter, Scope scope, Consumer<RegistryRow> sink) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        streaming.query(COLUMNS + FROM + where(filter, scope, parameters) + ORDER, parameters,
                (ResultSet rs) -> sink.accept(row(rs)));
    }

    /**
     * With a search, the page's ids come from the search index: the matches are filtered there, from the
     * narrow index alone, and only they are sorted. Left to itself the optimizer walks the whole registry in
     * name order, reading every entry's row until it has a page of matches (it cannot tell how few a
     * "contains" will find), several times slower for a rare name.
     */
    private static String searchIndex(RegistryFilter filter) {
        return Folding.fold(filter.q()).isEmpty() ? "" : " FORCE INDEX (ix_entry_search)";
    }

    private static String where(RegistryFilter filter, Scope scope, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        String q = Folding.fold(filter.q());
        if (!q.isEmpty()) {
            where.append(" AND e.search_text LIKE :q ESCAPE '!'");
            parameters.addValue("q", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.title() != null) {
            where.append(" AND e.title = :title");
            parameters.addValue("title", filter.title().name());
        }
        if (filter.status() != null) {
            where.append(" AND e.status = :status");
            parameters.addValue("status", filter.status().name());
        }
        if (filter.activityGroup() != null) {
            where.append(" AND e.activity_group = :group");
            parameters.addValue("group", filter.activityGroup());
        }
        if (filter.provinceId() != null) {
            where.append(" AND e.province_id = :province");
            parameters.addValue("province", filter.provinceId());
        }
        if (filter.communeId() != null) {
            where.append(" AND (e.commune_id = :commune OR e.current_commune_id = :commune)");
            parameters.addValue("commune", filter.communeId());
        }
        if (scope.visibleCommune() != null) {
            where.append(" AND e.current_commune_id = :visibleCommune");
            parameters.addValue("visibleCommune", scope.visibleCommune());
        }
        if (scope.titleInForce()) {
            where.append(" AND e.status IN ('RECOGNISED', 'UNDER_REVIEW')");
        }
        return where.toString();
    }

    private static RegistryRow row(ResultSet rs) throws SQLException {
        String title = rs.getString("title");
        return new RegistryRow(rs.getLong("id"), EntryKind.valueOf(rs.getString("kind")), rs.getString("name"),
                title == null ? null : Title.valueOf(title), RegistryStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("activity_group", Integer.class), rs.getString("craft"), rs.getString("commune"),
                rs.getString("commune_before"), rs.getString("district_before"), rs.getString("province"),
                rs.getObject("recognised_on", java.time.LocalDate.class), rs.getString("decision_number"));
    }
}
