package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.langnghe.village.RegistryFixtures.LAM_SON;
import static vn.langnghe.village.RegistryFixtures.YEN_NGHIEP;
import static vn.langnghe.village.RegistryFixtures.recognition;
import static vn.langnghe.village.RegistryFixtures.recognitionOf;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.ConflictException;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierRecognised;
import vn.langnghe.identity.UserAccountService;

/** The leader's approval, announced as {@link DossierRecognised}, writes the registry in the same transaction. */
@IntegrationTest
class RecognitionRecorderTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RegistryService registry;
    @Autowired
    RegistryEntries entries;
    @Autowired
    UserAccountService users;
    @Autowired
    ReviewEvents history;

    @Test
    void aRecognisedCraftVillageEntersTheRegistryWithItsDecision() {
        publish(new DossierRecognised(41L, LAM_SON, Title.CRAFT_VILLAGE, null, "Xóm Suối Rèm", List.of("Xóm Suối Rèm", "Xóm Gò"),
                2, "chế tác đá cảnh", "1234/QĐ-UBND", LocalDate.of(2026, 3, 2)));

        RegistryEntry entry = village("Xóm Suối Rèm");
        assertThat(entry.getStatus()).isEqualTo(RegistryStatus.RECOGNISED);
        assertThat(entry.getTitle()).isEqualTo(Title.CRAFT_VILLAGE);
        assertThat(entry.getDecisionNumber()).isEqualTo("1234/QĐ-UBND");
        assertThat(entry.getRecognisedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(entry.getDossierId()).isEqualTo(41L);
        assertThat(entry.getHamlets()).containsExactly("Xóm Suối Rèm", "Xóm Gò");
        RegistryRow row = registry.row(users.loadUserByUsername("thongke"), entry.getId());
        assertThat(row.communeBefore2025()).isEqualTo("Lâm Sơn");
        assertThat(row.districtBefore2025()).isEqualTo("Lương Sơn");
        assertThat(row.province()).isEqualTo("Phú Thọ");
    }

    @Test
    void aTraditionalCraftIsLinkedToItsVillageWhichIsCreatedUnrecognisedAndLaterRecognised() {
        publish(recognition(LAM_SON, Title.TRADITIONAL_CRAFT, "Xóm Mới", 4, "dệt thổ cẩm", "77/QĐ-UBND",
                LocalDate.of(2026, 1, 5)));

        RegistryEntry village = village("Xóm Mới");
        assertThat(village.getStatus()).isEqualTo(RegistryStatus.NOT_RECOGNISED);
        assertThat(village.getTitle()).isNull();
        RegistryEntry craft = entries.findByVillageIdAndKind(village.getId(), EntryKind.CRAFT).get(0);
        assertThat(craft.getTitle()).isEqualTo(Title.TRADITIONAL_CRAFT);
        assertThat(craft.getStatus()).isEqualTo(RegistryStatus.RECOGNISED);
        assertThat(craft.getCraft()).isEqualTo("dệt thổ cẩm");

        // The village applies later as a traditional craft village: its dossier names its entry.
        publish(recognitionOf(LAM_SON, village.getId(), Title.TRADITIONAL_CRAFT_VILLAGE, "Xóm Mới", 4, "dệt thổ cẩm",
                "90/QĐ-UBND", LocalDate.of(2026, 6, 1)));

        assertThat(entries.villagesOf(LAM_SON)).filteredOn(e -> e.getName().equals("Xóm Mới")).hasSize(1);
        RegistryEntry recognised = entries.findById(village.getId()).orElseThrow();
        assertThat(recognised.getTitle()).isEqualTo(Title.TRADITIONAL_CRAFT_VILLAGE);
        assertThat(recognised.getDecisionNumber()).isEqualTo("90/QĐ-UBND");
        assertThat(entries.findByVillageIdAndKind(village.getId(), EntryKind.CRAFT)).hasSize(1);
    }

    @Test
    void aNameWithSignsBeyondVietnameseLettersIsStoredAndFoundBySearch() {
        publish(recognition(LAM_SON, Title.CRAFT_VILLAGE, "Xóm “Đá Trắng” – Ngõ 2", 2, "chế tác đá", "5/QĐ-UBND",
                LocalDate.of(2026, 4, 1)));

        assertThat(registry.page(users.loadUserByUsername("thongke"),
                new RegistryFilter("da trang", null, null, null, null, null), RegistryFixtures.firstRows(10)))
                .extracting(RegistryRow::name).containsExactly("Xóm “Đá Trắng” – Ngõ 2");
    }

    @Test
    void nothingIsRecordedWhenTheApprovingTransactionRollsBack() {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(recognition(LAM_SON, Title.CRAFT_VILLAGE, "Xóm Hủy", 2, "đá", "1/QĐ-UBND",
                    LocalDate.of(2026, 2, 2)));
            status.setRollbackOnly();
        });

        assertThat(entries.findNamesByCommuneIdAndKind(LAM_SON, EntryKind.VILLAGE))
                .noneMatch(e -> e.getName().equals("Xóm Hủy"));
    }

    @Test
    void namesThatDifferOnlyInToneMarksAreDifferentVillagesAndNoneIsOverwritten() {
        RegistryEntry luc = village(YEN_NGHIEP, "Xóm Lục");
        Title title = luc.getTitle();
        String number = luc.getDecisionNumber();
        List<String> hamlets = luc.getHamlets();

        publish(recognition(YEN_NGHIEP, Title.CRAFT_VILLAGE, "Xóm Lúc", 4, "dệt thổ cẩm", "300/QĐ-UBND",
                LocalDate.of(2026, 3, 2)));
        publish(recognition(YEN_NGHIEP, Title.CRAFT_VILLAGE, "Xóm Lực", 4, "dệt thổ cẩm", "301/QĐ-UBND",
                LocalDate.of(2026, 3, 3)));

        RegistryEntry after = entries.findById(luc.getId()).orElseThrow();
        assertThat(after.getTitle()).isEqualTo(title);
        assertThat(after.getDecisionNumber()).isEqualTo(number);
        assertThat(after.getHamlets()).isEqualTo(hamlets);
        assertThat(village(YEN_NGHIEP, "Xóm Lúc").getDecisionNumber()).isEqualTo("300/QĐ-UBND");
        assertThat(village(YEN_NGHIEP, "Xóm Lực").getDecisionNumber()).isEqualTo("301/QĐ-UBND");
    }

    @Test
    void aDecomposedNameIsStoredComposed() {
        String decomposed = Normalizer.normalize("Xóm Đồng Tâm", Normalizer.Form.NFD);
        publish(recognition(LAM_SON, Title.CRAFT_VILLAGE, decomposed, 2, "mây tre đan", "7/QĐ-UBND",
                LocalDate.of(2026, 4, 2)));

        assertThat(entries.villagesOf(LAM_SON)).extracting(RegistryEntry::getName).contains("Xóm Đồng Tâm")
                .doesNotContain(decomposed);
        assertThat(village("Xóm Đồng Tâm").getHamlets()).containsExactly("Xóm Đồng Tâm");
    }

    @Test
    void aCraftVillageIsUpgradedAndBothDecisionsAreInItsHistory() {
        publish(recognition(LAM_SON, Title.CRAFT_VILLAGE, "Xóm Nâng", 2, "mây tre đan", "10/QĐ-UBND",
                LocalDate.of(2020, 4, 2)));
        RegistryEntry village = village("Xóm Nâng");
        publish(recognitionOf(LAM_SON, village.getId(), Title.TRADITIONAL_CRAFT_VILLAGE, "Xóm Nâng", 2, "mây tre đan",
                "20/QĐ-UBND", LocalDate.of(2026, 4, 2)));

        assertThat(entries.findById(village.getId()).orElseThrow().getTitle()).isEqualTo(Title.TRADITIONAL_CRAFT_VILLAGE);
        assertThat(history.findByEntryIdOrderByAtAscIdAsc(village.getId()))
                .extracting(ReviewEvent::getAction, ReviewEvent::getDecisionNumber, ReviewEvent::getNote)
                .containsExactly(tuple(ReviewAction.RECOGNISED, "10/QĐ-UBND", "CRAFT_VILLAGE"),
                        tuple(ReviewAction.UPGRADED, "20/QĐ-UBND", "CRAFT_VILLAGE,TRADITIONAL_CRAFT_VILLAGE"));
    }

    @Test
    void aLowerTitleNeverReplacesATitleInForce() {
        RegistryEntry luc = village(YEN_NGHIEP, "Xóm Lục");

        assertThatThrownBy(() -> publish(recognitionOf(YEN_NGHIEP, luc.getId(), Title.CRAFT_VILLAGE, "Xóm Lục", 4,
                "dệt thổ cẩm", "302/QĐ-UBND", LocalDate.of(2026, 3, 2))))
                .isInstanceOf(ConflictException.class).hasMessage("dossier.error.village.traditionalInForce");
        assertThatThrownBy(() -> publish(recognitionOf(LAM_SON, luc.getId(), Title.TRADITIONAL_CRAFT, "Xóm Lục", 4,
                "dệt thổ cẩm", "303/QĐ-UBND", LocalDate.of(2026, 3, 2))))
                .as("another commune's entry").isInstanceOf(ConflictException.class);

        assertThat(entries.findById(luc.getId()).orElseThrow().getTitle()).isEqualTo(Title.TRADITIONAL_CRAFT_VILLAGE);
    }

    private RegistryEntry village(long commune, String name) {
        return RegistryFixtures.village(entries, commune, name);
    }

    private void publish(DossierRecognised event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private RegistryEntry village(String name) {
        return village(LAM_SON, name);
    }
}
