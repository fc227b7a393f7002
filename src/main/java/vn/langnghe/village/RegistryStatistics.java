package vn.langnghe.village;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierPipeline;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * The dashboard for provincial staff and the leader. Every figure is an aggregate query run by the
 * database (nothing loads every row), so it stays fast at national scale.
 */
@Service
@Transactional(readOnly = true)
public class RegistryStatistics {

    private static final Set<Role> READERS = Set.of(Role.PROVINCIAL_STAFF, Role.LEADER);

    /** The title was in force at the end of the year: granted by then (or before records) and not yet revoked. */
    private static final String IN_FORCE = """
             e.status <> 'NOT_RECOGNISED'
             AND (e.recognised_on IS NULL OR e.recognised_on <= :yearEnd)
             AND (e.revoked_on IS NULL OR e.revoked_on > :yearEnd)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final DossierPipeline pipeline;
    private final ReviewSettings review;

    RegistryStatistics(NamedParameterJdbcTemplate jdbc, DossierPipeline pipeline, ReviewSettings review) {
        this.jdbc = jdbc;
        this.pipeline = pipeline;
        this.review = review;
    }

    public RegistryStats stats(SignedInUser user, int year) {
        if (!READERS.contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " does not read the dashboard");
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("year", year)
                .addValue("yearEnd", LocalDate.of(year, 12, 31))
                .addValue("missingReport", review.missingReport())
                .addValue("minimumPercent", review.minimumParticipationPercent())
                .addValue("noProduction", review.noProduction());

        Map<Title, Long> byTitle = new EnumMap<>(Title.class);
        for (Title title : Title.values()) {
            byTitle.put(title, 0L);
        }
        jdbc.query("SELECT e.title, COUNT(*) FROM registry_entry e WHERE" + IN_FORCE + " GROUP BY e.title",
                parameters, rs -> {
                    byTitle.put(Title.valueOf(rs.getString(1)), rs.getLong(2));
                });
        Map<Integer, Long> byGroup = new LinkedHashMap<>();
        jdbc.query("SELECT e.activity_group, COUNT(*) FROM registry_entry e WHERE" + IN_FORCE
                + " AND e.activity_group IS NOT NULL GROUP BY e.activity_group ORDER BY e.activity_group",
                parameters, rs -> {
                    byGroup.put(rs.getInt(1), rs.getLong(2));
                });
        Map<String, Long> byCommune = new LinkedHashMap<>();
        // Counted per commune id first, so the names are looked up once per commune, not once per entry.
        jdbc.query("SELECT cn.name, counted.entries FROM (SELECT e.current_commune_id AS commune, COUNT(*) AS entries"
                + " FROM registry_entry e WHERE" + IN_FORCE + " GROUP BY e.current_commune_id) counted"
                + " JOIN administrative_unit cn ON cn.id = counted.commune ORDER BY counted.entries DESC, cn.name",
                parameters, rs -> {
                    byCommune.put(rs.getString(1), rs.getLong(2));
                });
        long total = byTitle.values().stream().mapToLong(Long::longValue).sum();

        // One pass joins each entry in force to its current report of the year (an index lookup: "current = TRUE",
        // not "current", or the index stops at that column): the sums, and villages at risk by the same rule as
        // ReviewRule.
        long[] sums = jdbc.queryForObject("""
                SELECT COALESCE(SUM(r.workers_total), 0), COALESCE(SUM(r.workers_regular), 0),
                       COALESCE(SUM(r.total_households), 0), COALESCE(SUM(r.participating_households), 0),
                       COALESCE(SUM(e.kind = 'VILLAGE'
                           AND ((:missingReport AND r.id IS NULL)
                             OR r.participating_households * 100 < r.total_households * :minimumPercent
                             OR (:noProduction AND r.production_value = 0))), 0)
                FROM registry_entry e
                LEFT JOIN labour_report r ON r.entry_id = e.id AND r.report_year = :year AND r.current = TRUE
                WHERE""" + IN_FORCE, parameters,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});

        return new RegistryStats(year, new RegistryStats.Recognised(total, byTitle, byGroup, byCommune),
                new RegistryStats.Workers(sums[0], sums[1]), new RegistryStats.Households(sums[2], sums[3]),
                pipeline.countsByState(), pipeline.decidedIn(year), sums[4]);
    }
}
