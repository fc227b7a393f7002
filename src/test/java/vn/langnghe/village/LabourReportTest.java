package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.langnghe.village.RegistryFixtures.figures;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Yearly reports: validated like a dossier's figures, one current report per year, corrections kept. */
@IntegrationTest
class LabourReportTest {

    @Autowired
    RegistryService registry;
    @Autowired
    UserAccountService users;

    private SignedInUser commune;
    private Long banLac;

    @BeforeEach
    void theDemoVillageBanLacOfChiengChau() {
        commune = users.loadUserByUsername("xa.maiha");
        banLac = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Bản Lác");
    }

    @Test
    void refusesEveryBadFigureAndStoresNothing() {
        int before = registry.revisions(commune, banLac, 2024).size();
        int nextYear = LocalDate.now(VietnamTime.ZONE).getYear() + 1;

        assertThat(problems(new LabourFigures(nextYear, 100, 150, -1, 5, -2L, null)))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("year", "report.error.year"),
                        org.assertj.core.groups.Tuple.tuple("participatingHouseholds", "figures.error.participatingAboveTotal"),
                        org.assertj.core.groups.Tuple.tuple("workersTotal", "report.error.negative"),
                        org.assertj.core.groups.Tuple.tuple("productionValue", "report.error.negative"),
                        org.assertj.core.groups.Tuple.tuple("revenue", "report.error.required"));
        assertThat(problems(figures(2024, 100, -1, 10, 11, 0))).extracting(Problem::field)
                .containsExactlyInAnyOrder("participatingHouseholds", "workersRegular");
        assertThat(problems(figures(2024, 0, 0, 10, 5, 0))).extracting(Problem::field)
                .containsExactly("totalHouseholds");
        assertThat(registry.revisions(commune, banLac, 2024)).hasSize(before);
    }

    @Test
    void acceptsTheBoundaries() {
        int thisYear = LocalDate.now(VietnamTime.ZONE).getYear();
        LabourReport report = registry.fileReport(commune, banLac, figures(thisYear, 100, 100, 7, 7, 0));

        assertThat(report.getYear()).isEqualTo(thisYear);
        assertThat(report.getParticipatingHouseholds()).isEqualTo(100);
    }

    @Test
    void aCorrectionBecomesTheCurrentReportAndTheOldOneIsKept() {
        int year = 2023;
        List<LabourReport> earlier = registry.revisions(commune, banLac, year);

        registry.fileReport(commune, banLac, figures(year, 230, 160, 190, 120, 9_000_000_000L));
        registry.fileReport(commune, banLac, figures(year, 230, 161, 191, 121, 9_100_000_000L));

        List<LabourReport> revisions = registry.revisions(commune, banLac, year);
        assertThat(revisions).hasSize(earlier.size() + 2);
        assertThat(revisions).filteredOn(LabourReport::isCurrent).singleElement()
                .satisfies(r -> {
                    assertThat(r.getRevision()).isEqualTo(earlier.size() + 2);
                    assertThat(r.getWorkersTotal()).isEqualTo(191);
                    assertThat(r.getFiledBy()).isEqualTo("xa.maiha");
                });
        assertThat(revisions.get(earlier.size()).getWorkersTotal()).isEqualTo(190);
        assertThat(registry.reports(commune, banLac)).filteredOn(r -> r.getYear() == year).singleElement()
                .extracting(LabourReport::getWorkersTotal).isEqualTo(191);
    }

    @Test
    void anotherCommunesVillageIsNotFoundAndTheProvinceDoesNotFile() {
        SignedInUser yenNghiep = users.loadUserByUsername("xa.daidong");

        assertThatThrownBy(() -> registry.fileReport(yenNghiep, banLac, figures(2024, 10, 5, 5, 5, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.entry(yenNghiep, banLac)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.fileReport(users.loadUserByUsername("thongke"), banLac,
                figures(2024, 10, 5, 5, 5, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.page(users.loadUserByUsername("quantri"), RegistryFilter.none(),
                RegistryFixtures.firstRows(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRevokedVillageNoLongerReportsAndKeepsTheDecision() {
        Long village = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Xóm Chiềng Châu");
        assertThat(registry.reviewFlags(commune, village)).isEmpty();

        assertThat(registry.startReview(village).getStatus()).isEqualTo(RegistryStatus.UNDER_REVIEW);
        assertThat(registry.mayReport(commune, registry.entry(commune, village))).isTrue();
        assertThatThrownBy(() -> registry.revoke(village, " ", null, LocalDate.now(VietnamTime.ZONE).plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("decisionNumber", "reason", "date"));

        RegistryEntry revoked = registry.revoke(village, "15/QĐ-UBND", "Không còn sản xuất", LocalDate.now(VietnamTime.ZONE));

        assertThat(revoked.getStatus()).isEqualTo(RegistryStatus.REVOKED);
        assertThat(revoked.getRevocationDecisionNumber()).isEqualTo("15/QĐ-UBND");
        assertThat(revoked.getRevocationReason()).isEqualTo("Không còn sản xuất");
        assertThat(revoked.getRevokedOn()).isEqualTo(LocalDate.now(VietnamTime.ZONE));
        assertThatThrownBy(() -> registry.fileReport(commune, village, figures(2025, 10, 5, 5, 5, 1)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registry.revoke(village, "16/QĐ-UBND", "Lần nữa", LocalDate.now(VietnamTime.ZONE)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registry.startReview(village)).isInstanceOf(ConflictException.class);
    }

    private List<Problem> problems(LabourFigures figures) {
        try {
            registry.fileReport(commune, banLac, figures);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted " + figures);
    }
}
