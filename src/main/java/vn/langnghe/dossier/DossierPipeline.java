package vn.langnghe.dossier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossier figures for the dashboard, counted by the database (one aggregate query each), so they stay
 * fast however many dossiers there are.
 */
@Component
@Transactional(readOnly = true)
public class DossierPipeline {

    /** Decisions taken in a year: within the statutory limit, and late. */
    public record Timeliness(long withinLimit, long late) {
    }

    private final JdbcTemplate jdbc;

    DossierPipeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many dossiers are in each state now, by state name; states with no dossier are absent. */
    public Map<String, Long> countsByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT state, COUNT(*) FROM dossier GROUP BY state ORDER BY state",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Dossiers decided in the year; a decision without a limit verdict counts as neither. */
    public Timeliness decidedIn(int year) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(decided_within_limit = TRUE), 0), COALESCE(SUM(decided_within_limit = FALSE), 0)
                FROM dossier WHERE decided_on BETWEEN ? AND ?
                """, (rs, n) -> new Timeliness(rs.getLong(1), rs.getLong(2)),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
