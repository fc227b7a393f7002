package vn.langnghe.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.Title;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/**
 * A dossier names its village from the commune's register, or none for a new one; a title in force is
 * only upgraded as the law allows, and anything else is refused at submission with the reason.
 */
@IntegrationTest
class VillageChoiceTest {

    /** The demo commune officer of the commune that holds "Xóm Lục", a traditional craft village since 2013. */
    private static final String OFFICER = "xa.daidong";
    private static final String OTHER_OFFICER = "xa.maiha";

    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;

    @Test
    void theCommuneChoosesFromItsOwnRegisterAndTheEntryGivesTheName() {
        SignedInUser officer = users.loadUserByUsername(OFFICER);
        KnownVillage luc = luc(officer);
        assertThat(luc.titleInForce()).isEqualTo(Title.TRADITIONAL_CRAFT_VILLAGE);
        assertThat(dossiers.villages(users.loadUserByUsername(OTHER_OFFICER))).extracting(KnownVillage::id)
                .doesNotContain(luc.id());

        DossierData data = SampleDossiers.craftVillage("Xóm Lúc");
        data.setVillageEntryId(luc.id());
        assertThat(dossiers.create(officer, data).getVillageName()).isEqualTo("Xóm Lục");

        DossierData foreign = SampleDossiers.craftVillage("Xóm Lục");
        foreign.setVillageEntryId(luc.id());
        assertThatThrownBy(() -> dossiers.create(users.loadUserByUsername(OTHER_OFFICER), foreign))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("villageEntryId", "dossier.error.villageEntry")));
    }

    @Test
    void aLowerTitleOverATitleInForceIsRefusedAtSubmissionWithTheReason() {
        SignedInUser officer = users.loadUserByUsername(OFFICER);
        DossierData data = SampleDossiers.craftVillage("Xóm Lục");
        data.setVillageEntryId(luc(officer).id());
        Dossier dossier = SampleDossiers.prepared(dossiers, officer, data);

        assertThatThrownBy(() -> dossiers.submit(officer, dossier.getId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("villageEntryId", "dossier.error.village.traditionalInForce")));
        assertThat(dossiers.get(officer, dossier.getId()).getState()).isEqualTo(DossierState.DRAFT);
    }

    @Test
    void aNewTraditionalCraftOfAVillageWithATitleMayBeSubmitted() {
        SignedInUser officer = users.loadUserByUsername(OFFICER);
        DossierData data = SampleDossiers.craftVillage("Xóm Lục");
        data.setTitle(Title.TRADITIONAL_CRAFT);
        data.setCraft("Đan mây tre");
        data.setVillageEntryId(luc(officer).id());
        Dossier dossier = SampleDossiers.prepared(dossiers, officer, data);

        assertThat(dossiers.submit(officer, dossier.getId()).getState()).isEqualTo(DossierState.SUBMITTED);
    }

    private KnownVillage luc(SignedInUser officer) {
        return dossiers.villages(officer).stream().filter(v -> v.name().equals("Xóm Lục")).findFirst().orElseThrow();
    }
}
