package vn.langnghe.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.IntegrationTest;

/** Migrations V60–V61: every unit in force since the 2025 reform, and Hòa Bình's former units linked to them. */
@IntegrationTest
class UnitsInForceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitDirectory directory;
    @Autowired
    Places places;

    @Test
    void loads34ProvincesAnd3321CommunesWithTheirCodes() {
        assertThat(count("level = 'PROVINCE' AND valid_to IS NULL AND code IS NOT NULL")).isEqualTo(34);
        assertThat(count("level = 'COMMUNE' AND valid_to IS NULL AND code IS NOT NULL")).isEqualTo(3321);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM administrative_unit c JOIN administrative_unit p"
                + " ON p.id = c.parent_id WHERE c.level = 'COMMUNE' AND c.valid_to IS NULL AND p.code = '25'",
                Integer.class)).isEqualTo(148);
        assertThat(jdbc.queryForObject("SELECT name FROM administrative_unit WHERE code = '05347'", String.class))
                .isEqualTo("Xã Đại Đồng");
        assertThat(jdbc.queryForObject("SELECT name FROM administrative_unit WHERE code = '01'", String.class))
                .isEqualTo("Hà Nội");
        assertThat(directory.inForce("25", null, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(148);
        assertThat(directory.inForce(null, null, PageRequest.of(0, 50)).getTotalElements()).isEqualTo(34);
    }

    @Test
    void hoaBinhsFormerCommunesEndedOn30June2025AndNameTheCommuneTheyBecamePartOf() {
        UnitDirectory.Detail daiDong = directory.byCode("05347").orElseThrow();
        assertThat(daiDong.unit().formedFrom()).containsExactly("Xã Ân Nghĩa", "Xã Tân Mỹ", "Xã Yên Nghiệp");
        assertThat(daiDong.unit().province()).isEqualTo("Phú Thọ");
        assertThat(daiDong.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(daiDong.predecessors()).singleElement().satisfies(yenNghiep -> {
            assertThat(yenNghiep.name()).isEqualTo("Yên Nghiệp");
            assertThat(yenNghiep.district()).isEqualTo("Lạc Sơn");
            assertThat(yenNghiep.province()).isEqualTo("Hòa Bình");
            assertThat(yenNghiep.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        assertThat(directory.byCode("05251").orElseThrow().predecessors())
                .extracting(UnitDirectory.Link::name).containsExactly("Chiềng Châu", "Mai Hạ");

        Place xomLuc = places.of(100L);
        assertThat(xomLuc.commune()).isEqualTo("Xã Đại Đồng");
        assertThat(xomLuc.province()).isEqualTo("Phú Thọ");
        assertThat(xomLuc.formerly()).isEqualTo("xã Yên Nghiệp, huyện Lạc Sơn, tỉnh Hòa Bình");
    }

    @Test
    void aCommuneSplitAcrossTwoSuccessorsIsLinkedToEachAndNamesNoSingleSuccessor() {
        assertThat(jdbc.queryForList("SELECT s.code FROM administrative_unit_link l JOIN administrative_unit s"
                + " ON s.id = l.successor_id WHERE l.predecessor_id = 110 ORDER BY s.code", String.class))
                .containsExactly("05200", "05212");
        assertThat(jdbc.queryForObject("SELECT successor_id FROM administrative_unit WHERE id = 110", Long.class))
                .isNull();
        Long paCo = jdbc.queryForObject("SELECT id FROM administrative_unit WHERE code = '05212'", Long.class);
        assertThat(places.of(110L, paCo).commune()).isEqualTo("Xã Pà Cò");
    }

    @Test
    void searchIgnoresDiacriticsAndFindsACommuneByItsCodeOrAFormerName() {
        assertThat(directory.inForce("25", "dai dong", PageRequest.of(0, 10)))
                .extracting(UnitDirectory.Summary::code).contains("05347");
        assertThat(directory.inForce("25", "05347", PageRequest.of(0, 10)))
                .extracting(UnitDirectory.Summary::name).containsExactly("Xã Đại Đồng");
        assertThat(directory.inForce("25", "YÊN NGHIỆP", PageRequest.of(0, 10)))
                .extracting(UnitDirectory.Summary::name).contains("Xã Đại Đồng");
        assertThat(directory.inForce("25", "100%_", PageRequest.of(0, 10))).isEmpty();
    }

    private int count(String where) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM administrative_unit WHERE " + where, Integer.class);
    }
}
