package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.langnghe.council.CouncilService;
import vn.langnghe.dossier.Attachment;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.review.CriterionFinding;
import vn.langnghe.workflow.AppraisalDecision;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.IntakeDecision;
import vn.langnghe.workflow.ReviewedDossiers;

/**
 * The documented backup and restore ({@code ops/backup.sh}, {@code ops/restore.sh}): a dossier in the middle of
 * the process is backed up, restored into an empty database, and a second application in the production profile
 * on the restored copy completes the next step with its files intact.
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    DossierService dossiers;
    @Autowired
    Inbox inbox;
    @Autowired
    CouncilService council;

    @Test
    void aDossierRestoredFromABackupContinuesWhereItWas() throws Exception {
        ReviewedDossiers reviewed = new ReviewedDossiers(context);
        SignedInUser commune = reviewed.user("xa.daidong");
        Dossier dossier = dossiers.submit(commune, SampleDossiers.prepared(dossiers, commune,
                SampleDossiers.craftVillage("Bản Lác")).getId());
        inbox.complete(reviewed.user("tiepnhan"), reviewed.task(dossier.getId(), "Task_Intake"),
                new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));

        int port = URI.create(((HikariDataSource) dataSource).getJdbcUrl().substring(5)).getPort();
        Path backup = Files.createTempDirectory("langnghe-backup");
        Path restoredFiles = Path.of("target/restored-attachments").toAbsolutePath();
        Map<String, String> source = Map.of("DB_HOST", "127.0.0.1", "DB_PORT", String.valueOf(port), "DB_NAME",
                "langnghe", "DB_USER", "root", "DB_PASSWORD", "", "ATTACHMENTS_DIR",
                Path.of("target/test-attachments").toAbsolutePath().toString());
        run("ops/backup.sh", backup, source);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS langnghe_restored");
            sql.execute("CREATE DATABASE langnghe_restored CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // The embedded server checks no passwords, so the restorer's credentials only need to be non-empty for prod.
        run("ops/restore.sh", backup, Map.of("DB_HOST", "127.0.0.1", "DB_PORT", String.valueOf(port), "DB_NAME",
                "langnghe_restored", "DB_USER", "restorer", "DB_PASSWORD", "khoi-phuc", "ATTACHMENTS_DIR",
                restoredFiles.toString()));

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(LangNgheApplication.class)
                .profiles("prod")
                .run("--DB_URL=jdbc:mariadb://127.0.0.1:" + port + "/langnghe_restored", "--DB_USER=restorer",
                        "--DB_PASSWORD=khoi-phuc", "--ADMIN_USERNAME=quantri", "--ADMIN_PASSWORD=mat-khau-quan-tri",
                        "--server.port=0", "--camunda.bpm.process-engine-name=restored",
                        "--camunda.bpm.job-execution.enabled=false", "--SIGNING_ENABLED=false",
                        "--langnghe.attachments.directory=" + restoredFiles)) {
            UserAccountService restoredUsers = restored.getBean(UserAccountService.class);
            DossierService restoredDossiers = restored.getBean(DossierService.class);
            TaskService restoredTasks = restored.getBean(TaskService.class);
            String appraisal = restoredTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                    .taskDefinitionKey("Task_Appraisal").singleResult().getId();

            restored.getBean(Inbox.class).complete(restoredUsers.loadUserByUsername("thamdinh"), appraisal,
                    new AppraisalDecision(AppraisalDecision.Outcome.RECOMMEND, List.of(new CriterionFinding("V3", true,
                            "Có kế hoạch bảo vệ môi trường")), "Đề nghị công nhận", null));

            SignedInUser restoredCommune = restoredUsers.loadUserByUsername("xa.daidong");
            Dossier continued = restoredDossiers.get(restoredCommune, dossier.getId());
            assertThat(continued.getState()).isEqualTo(DossierState.AWAITING_COUNCIL);
            assertThat(continued.getVillageName()).isEqualTo("Bản Lác");
            assertThat(restoredTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                    .count()).as("the process moved on to the council's wait").isZero();
            Attachment first = restoredDossiers.attachments(restoredCommune, dossier.getId()).get(0);
            try (InputStream file = restoredDossiers.openAttachment(restoredCommune, dossier.getId(), first.getId())) {
                assertThat(file.readAllBytes()).hasSize((int) first.getSize());
            }
        }
        assertThat(dossiers.get(commune, dossier.getId()).getState()).as("the original is untouched")
                .isEqualTo(DossierState.IN_APPRAISAL);
    }

    private static void run(String script, Path backup, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script, backup.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("MARIADB_BIN", Path.of("target/test-mariadb/base/bin").toAbsolutePath().toString());
        builder.environment().put("MARIADB_CLIENT_OPTS", "--skip-ssl");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
