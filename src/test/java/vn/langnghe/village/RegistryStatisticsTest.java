package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.langnghe.village.RegistryFixtures.LAM_SON;
import static vn.langnghe.village.RegistryFixtures.PHU_LAI;
import static vn.langnghe.village.RegistryFixtures.PHU_THANH;
import static vn.langnghe.village.RegistryFixtures.figures;
import static vn.langnghe.village.RegistryFixtures.recognition;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.criteria.Title;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/**
 * The dashboard against a small data set computed by hand. Other tests share the database, so the test
 * compares the figures before and after adding its data, and removes that data afterwards. The data is
 * committed, as users' data is: the dashboard reads on two connections at once, and a second connection
 * never sees a test's open transaction.
 */
@IntegrationTest
class RegistryStatisticsTest {

    private static final int YEAR = 2024;
    private static final String DOSSIER_AUTHOR = "registry-statistics-test";

    @Autowired
    RegistryStatistics statistics;
    @Autowired
    RegistryService registry;
    @Autowired
    RegistryEntries entries;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void removeTheData() {
        String entries = "SELECT id FROM (SELECT id FROM registry_entry WHERE name LIKE 'Thống kê V%') mine";
        jdbc.update("DELETE FROM registry_review_event WHERE entry_id IN (" + entries + ")");
        jdbc.update("DELETE FROM labour_report WHERE entry_id IN (" + entries + ")");
        jdbc.update("DELETE FROM registry_entry WHERE village_id IN (" + entries + ")");
        jdbc.update("DELETE FROM registry_entry WHERE id IN (" + entries + ")");
        jdbc.update("DELETE FROM dossier WHERE created_by = ?", DOSSIER_AUTHOR);
    }

    @Test
    void countsTheYearByTheDatabaseAsComputedByHand() {
        SignedInUser staff = users.loadUserByUsername("thongke");
        RegistryStats before = statistics.stats(staff, YEAR);

        transaction.executeWithoutResult(status -> {
            // V1: exactly 20 % (not at risk); its first report was corrected and must not count.
            RegistryEntry v1 = recognise(PHU_THANH, Title.CRAFT_VILLAGE, "Thống kê V1", 1, LocalDate.of(2020, 5, 1));
            registry.store(v1, figures(YEAR, 100, 20, 999, 999, 1000), false, "test");
            registry.store(v1, figures(YEAR, 100, 20, 50, 30, 1000), false, "test");
            // V2: 19 % (at risk), with a recognised traditional craft (counted, never at risk).
            RegistryEntry v2 = recognise(PHU_THANH, Title.TRADITIONAL_CRAFT_VILLAGE, "Thống kê V2", 4, LocalDate.of(2023, 1, 1));
            registry.store(v2, figures(YEAR, 100, 19, 40, 10, 500), false, "test");
            recognise(PHU_THANH, Title.TRADITIONAL_CRAFT, "Thống kê V2", 4, LocalDate.of(2022, 2, 2));
            // V3: recognised on the last day of the year, no report (at risk).
            recognise(LAM_SON, Title.CRAFT_VILLAGE, "Thống kê V3", 2, LocalDate.of(YEAR, 12, 31));
            // V4: recognised the next year: not counted.
            RegistryEntry v4 = recognise(LAM_SON, Title.CRAFT_VILLAGE, "Thống kê V4", 2, LocalDate.of(YEAR + 1, 1, 1));
            registry.store(v4, figures(YEAR, 100, 90, 70, 70, 9), false, "test");
            // V5: revoked during the year: neither the village nor its report counts.
            RegistryEntry v5 = recognise(PHU_LAI, Title.CRAFT_VILLAGE, "Thống kê V5", 1, LocalDate.of(2019, 1, 1));
            registry.store(v5, figures(YEAR, 100, 10, 80, 80, 0), false, "test");
            registry.revoke(v5.getId(), "9/QĐ-UBND", "Ngừng sản xuất", LocalDate.of(YEAR, 6, 1));
            // V6: half the households take part but nothing was produced (at risk).
            RegistryEntry v6 = recognise(PHU_LAI, Title.CRAFT_VILLAGE, "Thống kê V6", 1, LocalDate.of(2021, 1, 1));
            registry.store(v6, figures(YEAR, 100, 50, 10, 5, 0), false, "test");
            // Dossiers: three in the pipeline; decisions in the year, one within the limit and two late.
            dossier("IN_APPRAISAL", null, null);
            dossier("IN_APPRAISAL", null, null);
            dossier("AWAITING_COUNCIL", null, null);
            dossier("SUBMITTED", LocalDate.of(YEAR, 3, 1), true);
            dossier("SUBMITTED", LocalDate.of(YEAR, 4, 1), false);
            dossier("SUBMITTED", LocalDate.of(YEAR, 12, 31), false);
            dossier("SUBMITTED", LocalDate.of(YEAR - 1, 12, 31), true);

        });

        RegistryStats after = statistics.stats(staff, YEAR);

        assertThat(after.year()).isEqualTo(YEAR);
        assertThat(after.recognised().total() - before.recognised().total()).isEqualTo(5);
        assertThat(difference(before.recognised().byTitle(), after.recognised().byTitle())).isEqualTo(Map.of(
                Title.CRAFT_VILLAGE, 3L, Title.TRADITIONAL_CRAFT_VILLAGE, 1L, Title.TRADITIONAL_CRAFT, 1L));
        assertThat(difference(before.recognised().byActivityGroup(), after.recognised().byActivityGroup()))
                .isEqualTo(Map.of(1, 2L, 2, 1L, 4, 2L));
        assertThat(difference(before.recognised().byCommune(), after.recognised().byCommune()))
                .as("counted by the commune in force").isEqualTo(Map.of("Xã An Nghĩa", 3L, "Xã Lương Sơn", 1L, "Xã Yên Thủy", 1L));
        assertThat(after.workers().total() - before.workers().total()).isEqualTo(100);
        assertThat(after.workers().regular() - before.workers().regular()).isEqualTo(45);
        assertThat(after.households().total() - before.households().total()).isEqualTo(300);
        assertThat(after.households().participating() - before.households().participating()).isEqualTo(89);
        assertThat(after.atRisk() - before.atRisk()).isEqualTo(3);
        assertThat(difference(before.pipeline(), after.pipeline()))
                .isEqualTo(Map.of("IN_APPRAISAL", 2L, "AWAITING_COUNCIL", 1L, "SUBMITTED", 4L));
        assertThat(after.decisions().withinLimit() - before.decisions().withinLimit()).isEqualTo(1);
        assertThat(after.decisions().late() - before.decisions().late()).isEqualTo(2);
    }

    @Test
    void onlyProvincialStaffAndTheLeaderSeeTheDashboard() {
        assertThat(statistics.stats(users.loadUserByUsername("chutich"), YEAR).year()).isEqualTo(YEAR);
        for (String user : new String[] {"xa.daidong", "tiepnhan", "quantri"}) {
            assertThatThrownBy(() -> statistics.stats(users.loadUserByUsername(user), YEAR))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private RegistryEntry recognise(long commune, Title title, String name, int group, LocalDate on) {
        events.publishEvent(recognition(commune, title, name, group, "nghề thử", "1/QĐ-UBND", on));
        return RegistryFixtures.village(entries, commune, name);
    }

    private void dossier(String state, LocalDate decidedOn, Boolean withinLimit) {
        jdbc.update("""
                INSERT INTO dossier (commune_id, title, state, created_by, created_at, updated_at, decided_on,
                                     decided_within_limit)
                VALUES (100, 'CRAFT_VILLAGE', ?, ?, NOW(6), NOW(6), ?, ?)
                """, state, DOSSIER_AUTHOR, decidedOn, withinLimit);
    }

    /** What changed, leaving out what did not. */
    private static <K> Map<K, Long> difference(Map<K, Long> before, Map<K, Long> after) {
        Map<K, Long> changed = new java.util.HashMap<>();
        after.forEach((key, value) -> {
            long delta = value - before.getOrDefault(key, 0L);
            if (delta != 0) {
                changed.put(key, delta);
            }
        });
        return changed;
    }
}
