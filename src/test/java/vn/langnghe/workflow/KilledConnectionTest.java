package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.identity.SignedInUser;

/**
 * The database connection dies in the middle of a task completion, after the engine's work and while the dossier
 * is being written: the officer gets an error, the task and the dossier both stay as they were, and the same
 * completion succeeds afterwards on a fresh connection.
 */
@IntegrationTest
class KilledConnectionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierService dossiers;
    @Autowired
    Inbox inbox;
    @Autowired
    TaskService taskService;

    @Test
    void aConnectionKilledMidCompletionLeavesTaskAndDossierTogether() throws Exception {
        ReviewedDossiers reviewed = new ReviewedDossiers(context);
        SignedInUser commune = reviewed.user("xa.daidong");
        Dossier dossier = reviewed.submitted(commune, "Xóm Cóm");
        String intake = reviewed.task(dossier.getId(), "Task_Intake");
        SignedInUser officer = reviewed.user("tiepnhan");

        jdbc.execute("CREATE TRIGGER slow_dossier_update BEFORE UPDATE ON dossier FOR EACH ROW SET @pause = SLEEP(20)");
        try {
            CompletableFuture<Void> completion = CompletableFuture.runAsync(() -> inbox.complete(officer, intake,
                    new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null)));
            Long connection = waitForUpdateOfDossier();
            jdbc.execute("KILL CONNECTION " + connection);
            assertThat(completion).failsWithin(java.time.Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class);
        } finally {
            jdbc.execute("DROP TRIGGER slow_dossier_update");
        }

        assertThat(taskService.createTaskQuery().taskId(intake).count()).as("the task is still open").isOne();
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.SUBMITTED);
        assertThat(dossiers.history(commune, dossier.getId())).extracting("type").doesNotContain("ACCEPTED");

        inbox.complete(officer, intake, new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.IN_APPRAISAL);
    }

    /** The server's id of the connection that is writing the dossier (held up by the trigger). */
    private Long waitForUpdateOfDossier() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            List<Long> ids = jdbc.queryForList("SELECT ID FROM information_schema.PROCESSLIST "
                    + "WHERE (INFO LIKE 'update dossier %' OR INFO LIKE '%SLEEP(20)%') AND INFO NOT LIKE '%PROCESSLIST%' "
                    + "AND ID <> CONNECTION_ID()", Long.class);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the completion never reached the dossier's update");
    }
}
