package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.IntegrationTest;
import vn.langnghe.criteria.Title;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Search ignores diacritics and case, đ included, over names, crafts and old and new units (demo villages). */
@IntegrationTest
class RegistrySearchTest {

    @Autowired
    RegistryService registry;
    @Autowired
    UserAccountService users;

    private SignedInUser staff;

    @BeforeEach
    void signIn() {
        staff = users.loadUserByUsername("thongke");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            "lac son | Xóm Lục",
            "yen nghiep | Xóm Lục",
            "dai dong | Xóm Lục",
            "Đại Đồng | Xóm Lục",
            "mai chau | Bản Nhót",
            "mai chau | Bản Lác",
            "xa mai ha | Bản Lác",
            "LẠC SƠN | Xóm Bui",
            "dong lai | Xóm Cóm",
            "doan ket | Xóm Đoàn Kết",
            "Đoàn | Xóm Đoàn Kết",
            "ruou | Làng Đình",
            "yen thuy | Làng Đình",
            "phu tho | Thôn Sỏi",
            "chieng  chau | Bản Lác"
    })
    void findsWithoutDiacritics(String query, String village) {
        assertThat(names(new RegistryFilter(query, null, null, null, null, null))).contains(village);
    }

    @Test
    void narrowsByEveryFilter() {
        assertThat(names(new RegistryFilter("mai chau", Title.CRAFT_VILLAGE, null, null, null, null)))
                .contains("Xóm Chiềng Hạ").doesNotContain("Bản Lác");
        assertThat(names(new RegistryFilter(null, null, RegistryStatus.RECOGNISED, 2, null, null)))
                .contains("Thôn Sỏi", "Xóm Đoàn Kết").doesNotContain("Làng Đình", "Bản Lác");
        assertThat(names(new RegistryFilter(null, null, null, null, null, RegistryFixtures.CHIENG_CHAU)))
                .contains("Bản Lác", "Xóm Chiềng Châu").doesNotContain("Xóm Lục");
        assertThat(names(new RegistryFilter("100%_!", null, null, null, null, null))).isEmpty();
        assertThat(registry.count(staff, new RegistryFilter("lac son", null, null, null, null, null)))
                .isEqualTo(names(new RegistryFilter("lac son", null, null, null, null, null)).size());
    }

    @Test
    void aCommuneOfficerSeesOnlyItsOwnCommune() {
        SignedInUser commune = users.loadUserByUsername("xa.daidong");

        assertThat(registry.page(commune, RegistryFilter.none(), RegistryFixtures.firstRows(100)))
                .extracting(RegistryRow::commune)
                .isNotEmpty().containsOnly("Xã Đại Đồng");
    }

    private List<String> names(RegistryFilter filter) {
        return registry.page(staff, filter, RegistryFixtures.firstRows(200)).stream().map(RegistryRow::name).toList();
    }
}
