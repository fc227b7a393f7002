package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.ConflictException;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Several intake officers claim the same task at the same moment: exactly one gets it. */
@IntegrationTest
class ConcurrentClaimTest {

    private static final int OFFICERS = 20;

    @Autowired
    Inbox inbox;
    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;

    @Test
    void exactlyOneOfManySimultaneousClaimsWins() throws Exception {
        SignedInUser commune = users.loadUserByUsername("xa.maiha");
        Dossier dossier = SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Bản Lác"));
        dossiers.submit(commune, dossier.getId());
        String task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .singleResult().getId();
        List<SignedInUser> officers = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            users.createIfMissing("tiepnhan.song" + i, "demo", "Tiếp nhận " + i, Role.INTAKE_OFFICER, null);
            officers.add(users.loadUserByUsername("tiepnhan.song" + i));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            SignedInUser officer = officers.get(i);
            // Half claim as the inbox screen does, half over the API; both answer "already taken" to the losers.
            Callable<Boolean> claim = i % 2 == 0 ? () -> {
                start.await();
                try {
                    inbox.claim(officer, task);
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            } : () -> {
                start.await();
                int status = http.withBasicAuth(officer.username(), "demo")
                        .postForEntity("/api/v1/tasks/" + task + "/claim", null, String.class).getStatusCode().value();
                assertThat(status).isIn(200, 409);
                return status == 200;
            };
            results.add(pool.submit(claim));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
        String owner = taskService.createTaskQuery().taskId(task).singleResult().getAssignee();
        assertThat(owner).startsWith("tiepnhan.song");
    }
}
