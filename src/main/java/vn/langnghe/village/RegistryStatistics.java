package vn.langnghe.village;

import jakarta.annotation.PreDestroy;
import java.text.Collator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierPipeline;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * The dashboard for provincial staff and the leader. Every figure is an aggregate query run by the
 * database (nothing loads every row), so it stays fast at national scale (RegistryBenchmark).
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
    /** A second connection's worth of work per dashboard; two threads, whatever the number of readers. */
    private final ExecutorService queries = Executors.newFixedThreadPool(2,
            new CustomizableThreadFactory("dashboard-"));

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
                .addValue("minimumPercent", review.minimumParticipationPercent())
                .addValue("noProduction", review.noProduction());
        // The reports' pass is the longest; it runs on a second connection while this one counts the entries.
        CompletableFuture<ReportSums> reports = CompletableFuture.supplyAsync(() -> reportSums(parameters), queries);

        Map<Title, Long> byTitle = new EnumMap<>(Title.class);
        for (Title title : Title.values()) {
            byTitle.put(title, 0L);
        }
        Map<Integer, Long> byGroup = new TreeMap<>();
        Map<String, Long> byCommune = new HashMap<>();
        long[] villagesInForce = {0};
        // One pass over the entries in force, counted by everything the dashboard breaks them down by; the
        // commune names are looked up once per group, not once per entry.
        jdbc.query("SELECT counted.title, counted.kind, counted.activity_group, cn.name, counted.entries FROM"
                + " (SELECT e.title, e.kind, e.activity_group, e.current_commune_id AS commune, COUNT(*) AS entries"
                + " FROM registry_entry e WHERE" + IN_FORCE
                + " GROUP BY e.title, e.kind, e.activity_group, e.current_commune_id) counted"
                + " JOIN administrative_unit cn ON cn.id = counted.commune", parameters, rs -> {
                    long entries = rs.getLong(5);
                    byTitle.merge(Title.valueOf(rs.getString(1)), entries, Long::sum);
                    villagesInForce[0] += EntryKind.VILLAGE.name().equals(rs.getString(2)) ? entries : 0;
                    Integer group = rs.getObject(3, Integer.class);
                    if (group != null) {
                        byGroup.merge(group, entries, Long::sum);
                    }
                    byCommune.merge(rs.getString(4), entries, Long::sum);
                });
        long total = byTitle.values().stream().mapToLong(Long::longValue).sum();
        ReportSums sums = reports.join();
        // Villages at risk by the same rule as ReviewRule: no report for the year, too few households taking
        // part, or nothing produced.
        long unreported = review.missingReport() ? villagesInForce[0] - sums.villagesReporting() : 0;

        return new RegistryStats(year, new RegistryStats.Recognised(total, byTitle, byGroup, mostFirst(byCommune)),
                new RegistryStats.Workers(sums.workers(), sums.regularWorkers()),
                new RegistryStats.Households(sums.households(), sums.participating()),
                pipeline.countsByState(), pipeline.decidedIn(year), unreported + sums.villagesFailing());
    }

    /**
     * The year's current reports of the entries in force, read in the report index's order and joined to
     * their entry by primary key (STRAIGHT_JOIN: starting from the entries instead looks every report up
     * in a random order, twice as slow at 100,000 villages).
     */
    private ReportSums reportSums(MapSqlParameterSource parameters) {
        return jdbc.queryForObject("""
                SELECT STRAIGHT_JOIN COALESCE(SUM(r.workers_total), 0), COALESCE(SUM(r.workers_regular), 0),
                       COALESCE(SUM(r.total_households), 0), COALESCE(SUM(r.participating_households), 0),
                       COALESCE(SUM(e.kind = 'VILLAGE'), 0),
                       COALESCE(SUM(e.kind = 'VILLAGE'
                           AND (r.participating_households * 100 < r.total_households * :minimumPercent
                             OR (:noProduction AND r.production_value = 0))), 0)
                FROM labour_report r
                JOIN registry_entry e ON e.id = r.entry_id
                WHERE r.report_year = :year AND r.current = TRUE AND""" + IN_FORCE, parameters,
                (rs, n) -> new ReportSums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
    }

    /** The communes with the most entries first, then by name in Vietnamese order. */
    private static Map<String, Long> mostFirst(Map<String, Long> byCommune) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<String, Long> sorted = new LinkedHashMap<>();
        byCommune.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(vietnamese)))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    @PreDestroy
    void stop() {
        queries.shutdown();
    }

    private record ReportSums(long workers, long regularWorkers, long households, long participating,
            long villagesReporting, long villagesFailing) {
    }
}
