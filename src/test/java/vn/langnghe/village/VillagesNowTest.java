package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.langnghe.village.RegistryFixtures.figures;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.territory.AdministrativeUnits;

/** The demo villages recognised before the 2025 reform, in the communes of today. */
@IntegrationTest
class VillagesNowTest {

    @Autowired
    RegistryService registry;
    @Autowired
    UserAccountService users;
    @Autowired
    AdministrativeUnits units;

    @Test
    void eachOfTheElevenVillagesIsInItsCommuneOfToday() throws Exception {
        SignedInUser staff = users.loadUserByUsername("thongke");
        List<CSVRecord> villages;
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/hoa-binh-villages.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            villages = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(villages).hasSize(11);
        for (CSVRecord village : villages) {
            Long id = RegistryFixtures.demoVillage(registry, staff, village.get("village"));
            RegistryRow row = registry.row(staff, id);
            assertThat(row.commune()).as(village.get("village")).isEqualTo(village.get("commune_now"));
            assertThat(row.communeBefore2025()).isEqualTo(village.get("commune_before_2025"));
            assertThat(row.districtBefore2025()).isEqualTo(village.get("district_before_2025"));
            assertThat(row.province()).isEqualTo("Phú Thọ");
            assertThat(units.findById(registry.entry(staff, id).getCurrentCommuneId()).orElseThrow().getCode())
                    .isEqualTo(village.get("commune_now_code"));
        }
    }

    @Test
    void theOfficerOfDaiDongSeesXomLucAndFilesItsReportTheOfficerOfMaiHaDoesNot() {
        Long xomLuc = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Xóm Lục");
        SignedInUser daiDong = users.loadUserByUsername("xa.daidong");
        SignedInUser maiHa = users.loadUserByUsername("xa.maiha");

        assertThat(registry.page(daiDong, RegistryFilter.none(), RegistryFixtures.firstRows(50)))
                .extracting(RegistryRow::name).contains("Xóm Lục").doesNotContain("Bản Lác");
        assertThat(registry.fileReport(daiDong, xomLuc, figures(2024, 260, 150, 180, 115, 8_000_000_000L))
                .getFiledBy()).isEqualTo("xa.daidong");

        assertThat(registry.page(maiHa, RegistryFilter.none(), RegistryFixtures.firstRows(50)))
                .extracting(RegistryRow::name).doesNotContain("Xóm Lục").contains("Bản Lác", "Xóm Chiềng Hạ");
        assertThatThrownBy(() -> registry.entry(maiHa, xomLuc)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.fileReport(maiHa, xomLuc, figures(2024, 260, 150, 180, 115, 1L)))
                .isInstanceOf(NotFoundException.class);
    }
}
