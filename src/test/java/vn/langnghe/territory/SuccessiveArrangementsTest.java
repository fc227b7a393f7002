package vn.langnghe.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.IntegrationTest;

/**
 * A later arrangement loaded the way a new migration would load it (inside this test's transaction, rolled
 * back at the end): Xóm Lục, recognised in Xã Yên Nghiệp, keeps its history across two successive mergers.
 */
@IntegrationTest
@Transactional
class SuccessiveArrangementsTest {

    private static final LocalDate SECOND = LocalDate.of(2027, 1, 1);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Places places;
    @Autowired
    UnitDirectory directory;

    @Test
    void aVillageKeepsItsHistoryAcrossTwoSuccessiveMergers() throws Exception {
        // The demo's Xóm Lục, recorded first (other tests may record villages of that name too).
        Long xomLuc = jdbc.queryForObject("SELECT id FROM registry_entry WHERE name = 'Xóm Lục' AND kind = 'VILLAGE'"
                + " AND commune_id = 100 ORDER BY id LIMIT 1", Long.class);

        new Arrangement(DataSourceUtils.getConnection(dataSource), SECOND).apply(List.of(), List.of(
                new Arrangement.NewUnit("99001", "Xã Lạc Sơn Mới", "25", "Xã Đại Đồng, Xã Nhân Nghĩa")));

        Long lacSonMoi = jdbc.queryForObject("SELECT id FROM administrative_unit WHERE code = '99001'", Long.class);
        assertThat(jdbc.queryForObject("SELECT current_commune_id FROM registry_entry WHERE id = ?", Long.class, xomLuc))
                .isEqualTo(lacSonMoi);
        assertThat(jdbc.queryForObject("SELECT commune_id FROM user_account WHERE username = 'xa.daidong'", Long.class))
                .as("the officer follows the commune").isEqualTo(lacSonMoi);

        Place place = places.of(100L);
        assertThat(place.commune()).isEqualTo("Xã Lạc Sơn Mới");
        assertThat(place.formerly()).isEqualTo("xã Yên Nghiệp, huyện Lạc Sơn, tỉnh Hòa Bình");

        UnitDirectory.Detail second = directory.byCode("99001").orElseThrow();
        assertThat(second.validFrom()).isEqualTo(SECOND);
        assertThat(second.predecessors()).extracting(UnitDirectory.Link::name)
                .containsExactly("Xã Đại Đồng", "Xã Nhân Nghĩa");
        UnitDirectory.Detail daiDong = directory.byCode("05347").orElseThrow();
        assertThat(daiDong.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(daiDong.validTo()).isEqualTo(SECOND.minusDays(1));
        assertThat(daiDong.predecessors()).extracting(UnitDirectory.Link::name).containsExactly("Yên Nghiệp");
        assertThat(daiDong.successors()).extracting(UnitDirectory.Link::code).containsExactly("99001");
        assertThat(directory.inForce("25", "dai dong", org.springframework.data.domain.PageRequest.of(0, 10)))
                .as("Đại Đồng is no longer in force; the unit formed from it is found by its name")
                .extracting(UnitDirectory.Summary::code).contains("99001").doesNotContain("05347");
    }
}
