package vn.langnghe.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.ConflictException;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Several people at once: nobody's work is lost or silently overwritten. */
@IntegrationTest
class ConcurrentDossierTest {

    private static final int OFFICERS = 10;
    private static final int DOSSIERS = 50;

    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    @Autowired
    RuntimeService runtime;

    @Test
    void theSecondOfTwoOfficersSavingTheSameDraftIsRefusedAndTheFirstKeepsTheirChange() {
        users.createIfMissing("xa.daidong.2", "demo", "Cán bộ xã Yên Nghiệp 2", Role.COMMUNE_OFFICER,
                users.loadUserByUsername("xa.daidong").communeId());
        SignedInUser first = users.loadUserByUsername("xa.daidong");
        SignedInUser second = users.loadUserByUsername("xa.daidong.2");
        Dossier draft = dossiers.create(first, SampleDossiers.craftVillage("Xóm Bui"));
        DossierData firstForm = dossiers.get(first, draft.getId()).toData();
        DossierData secondForm = dossiers.get(second, draft.getId()).toData();

        firstForm.setTotalHouseholds(900);
        dossiers.update(first, draft.getId(), firstForm);
        secondForm.setParticipatingHouseholds(10);

        assertThatThrownBy(() -> dossiers.update(second, draft.getId(), secondForm))
                .isInstanceOf(ConflictException.class).hasMessage("dossier.error.changedByOthers");
        Dossier stored = dossiers.get(first, draft.getId());
        assertThat(stored.getTotalHouseholds()).isEqualTo(900);
        assertThat(stored.getParticipatingHouseholds()).isEqualTo(187);
    }

    @Test
    void fiftyDossiersSubmittedInParallelByTenOfficersEachStartExactlyOneProcess() throws Exception {
        long communeId = users.loadUserByUsername("xa.maiha").communeId();
        List<SignedInUser> officers = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            users.createIfMissing("xa.song" + i, "demo", "Cán bộ xã " + i, Role.COMMUNE_OFFICER, communeId);
            officers.add(users.loadUserByUsername("xa.song" + i));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            SignedInUser officer = officers.get(i % OFFICERS);
            ids.add(SampleDossiers.prepared(dossiers, officer, SampleDossiers.craftVillage("Bản " + i)).getId());
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        List<Future<DossierState>> results = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            SignedInUser officer = officers.get(i % OFFICERS);
            Long id = ids.get(i);
            Callable<DossierState> submit = () -> {
                start.await();
                return dossiers.submit(officer, id).getState();
            };
            results.add(pool.submit(submit));
        }
        start.countDown();
        for (Future<DossierState> result : results) {
            assertThat(result.get()).as("no submission failed, deadlocks included").isEqualTo(DossierState.SUBMITTED);
        }
        pool.shutdown();

        assertThat(new HashSet<>(ids)).hasSize(DOSSIERS);
        for (Long id : ids) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count())
                    .as("process instances of dossier " + id).isOne();
        }
    }
}
