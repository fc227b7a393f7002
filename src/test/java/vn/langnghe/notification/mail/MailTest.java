package vn.langnghe.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgressed;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.workflow.Step;
import vn.langnghe.workflow.TaskArrived;
import vn.langnghe.workflow.TaskEscalated;

/**
 * Mail through a real SMTP server (GreenMail) from the real outbox on the real database: one mail per event kind
 * to the people it concerns, in their language, with the link; the daily digest; an SMTP outage that neither fails
 * the user's action nor sends anything twice.
 */
@IntegrationTest
class MailTest {

    

    @Autowired
    MailProperties mailProperties;
    @Autowired
    MailPreferences preferences;
    @Autowired
    OutboxSender sender;
    @Autowired
    DailyDigest digest;
    @Autowired
    UserAccountService users;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailSettings settings;
    @Autowired
    Clock clock;

    private GreenMail smtp;
    private SignedInUser commune;
    private SignedInUser intake;
    private SignedInUser leader;
    private SignedInUser admin;

    @BeforeEach
    void setUp() {
        smtp = server();
        smtp.start();
        jdbc.update("delete from mail_outbox");
        jdbc.update("delete from mail_recipient");
        jdbc.update("delete from mail_preference");
        jdbc.update("delete from mail_default");
        commune = users.loadUserByUsername("xa.daidong");
        intake = users.loadUserByUsername("tiepnhan");
        leader = users.loadUserByUsername("chutich");
        admin = users.loadUserByUsername("quantri");
        preferences.setAddress(commune, "xa.daidong@example.vn", "vi");
        preferences.setAddress(intake, "tiepnhan@example.vn", "en");
        preferences.setAddress(leader, "chutich@example.vn", "vi");
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        jdbc.update("delete from mail_recipient");
        jdbc.update("delete from mail_preference");
        jdbc.update("delete from mail_default");
    }

    @Test
    void everyEventKindMailsWhomItConcernsInTheirLanguageWithTheLink() throws Exception {
        Dossier submitted = submitted("Làng mây tre Phú Vinh");
        for (DossierProgressed.Kind kind : DossierProgressed.Kind.values()) {
            publish(new DossierProgressed(submitted.getId(), commune.communeId(), kind, "Thiếu bản đồ", LocalDate.of(2027, 1, 15)));
        }
        publish(new TaskEscalated(submitted.getId(), Step.INTAKE));
        // Another commune's event reaches nobody here.
        publish(new DossierProgressed(submitted.getId(), users.loadUserByUsername("xa.maiha").communeId(),
                DossierProgressed.Kind.ACCEPTED, null, null));

        assertThat(sender.sendDue()).isEqualTo(8);

        List<MimeMessage> toCommune = to("xa.daidong@example.vn");
        assertThat(toCommune).hasSize(6);
        assertThat(toCommune).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "[Làng Nghề] Hồ sơ số " + submitted.getId() + " đã được Sở tiếp nhận hợp lệ; thời hạn giải quyết bắt đầu được tính.",
                "[Làng Nghề] Hồ sơ số " + submitted.getId() + " bị trả lại để bổ sung: Thiếu bản đồ. Hạn nộp lại: 15/01/2027.",
                "[Làng Nghề] Hồ sơ số " + submitted.getId() + " đã bị đóng vì xã không nộp bổ sung trước hạn 15/01/2027.",
                "[Làng Nghề] Hồ sơ số " + submitted.getId() + " không được Hội đồng xét duyệt đề nghị công nhận.",
                "[Làng Nghề] Hồ sơ số " + submitted.getId() + " đã được công nhận theo Quyết định số Thiếu bản đồ. Xã có thể tải bằng công nhận trong hồ sơ.",
                "[Làng Nghề] Hồ sơ số " + submitted.getId() + " không được công nhận. Lý do: Thiếu bản đồ");
        for (MimeMessage mail : toCommune) {
            assertThat(body(mail)).contains("Kính gửi Cán bộ UBND xã Đại Đồng,")
                    .contains("Xem chi tiết: " + settings.baseUrl() + "/ho-so/" + submitted.getId());
        }

        List<MimeMessage> toIntake = to("tiepnhan@example.vn");
        assertThat(toIntake).extracting(MimeMessage::getSubject)
                .containsExactly("[Làng Nghề] New task: intake, dossier no. " + submitted.getId() + ".");
        assertThat(body(toIntake.get(0))).contains("Dear ").contains("Details: " + settings.baseUrl() + "/ho-so/" + submitted.getId());

        List<MimeMessage> toLeader = to("chutich@example.vn");
        assertThat(toLeader).extracting(MimeMessage::getSubject)
                .containsExactly("[Làng Nghề] Sắp quá hạn: tiếp nhận hồ sơ, hồ sơ số " + submitted.getId() + ".");
        assertThat(smtp.getReceivedMessages()).hasSize(8);
        assertThat(sender.sendDue()).as("nothing is sent twice").isZero();
    }

    @Test
    void aKindTurnedOffByTheUserOrByTheAdministratorsDefaultSendsNothing() {
        preferences.choose(intake, MailKind.TASK_ARRIVED, Delivery.OFF);
        preferences.setDefault(admin, MailKind.TASK_ESCALATED, Delivery.OFF);
        preferences.choose(leader, MailKind.DOSSIER_ACCEPTED, Delivery.OFF);

        Dossier submitted = submitted("Làng nghề dệt Chiềng Châu");
        publish(new TaskEscalated(submitted.getId(), Step.INTAKE));
        publish(new TaskArrived(submitted.getId(), Step.APPRAISAL, "LEADER"));

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).extracting(m -> GreenMailUtil.getAddressList(m.getAllRecipients()))
                .containsExactly("chutich@example.vn");
        assertThat(preferences.choices(leader)).containsEntry(MailKind.TASK_ESCALATED, Delivery.OFF)
                .containsEntry(MailKind.TASK_ARRIVED, Delivery.IMMEDIATE);
        assertThatThrownBy(() -> preferences.setDefault(intake, MailKind.TASK_ARRIVED, Delivery.OFF))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> preferences.choose(intake, MailKind.TASKS_DUE, Delivery.IMMEDIATE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> preferences.setAddress(intake, "không phải địa chỉ", "vi"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(preferences.address(intake)).hasValueSatisfying(a -> assertThat(a.email()).isEqualTo("tiepnhan@example.vn"));
    }

    @Test
    void theDailyDigestListsTasksDueSoonAndOverdueAndTheEventsChosenForIt() throws Exception {
        preferences.choose(intake, MailKind.TASK_ARRIVED, Delivery.DIGEST);
        Dossier soon = submitted("Làng gốm Đông Hồ");
        Dossier late = submitted("Làng rèn Đa Sỹ");
        String lateTask = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(late.getId())).singleResult().getId();
        tasks.setDueDate(lateTask, Date.from(clock.instant().minus(Duration.ofDays(10))));
        assertThat(sender.sendDue()).as("the arrivals wait for the digest").isZero();

        LocalDate today = LocalDate.now(clock);
        digest.run(today);
        digest.run(today);

        assertThat(sender.sendDue()).as("one digest for the intake officer, whatever the number of runs").isEqualTo(1);
        MimeMessage mail = to("tiepnhan@example.vn").get(0);
        assertThat(mail.getSubject()).isEqualTo("[Làng Nghề] Your daily summary");
        String body = body(mail);
        assertThat(body).contains("Tasks due within the next 5 working days or overdue")
                .contains("Intake, dossier " + soon.getId() + " (Làng gốm Đông Hồ")
                .contains("working days left. " + settings.baseUrl() + "/ho-so/" + soon.getId())
                .contains("Intake, dossier " + late.getId() + " (Làng rèn Đa Sỹ")
                .contains("overdue by")
                .contains("Notifications since the last summary")
                .contains("New task: intake, dossier no. " + soon.getId() + ". " + settings.baseUrl() + "/ho-so/" + soon.getId());
        assertThat(body.indexOf("dossier " + late.getId() + " (")).as("overdue first, as in the inbox")
                .isLessThan(body.indexOf("dossier " + soon.getId() + " ("));
        assertThat(to("chutich@example.vn")).as("the leader has no task and no digest event").isEmpty();
    }

    @Test
    void anSmtpOutageFailsNoActionAndEveryMailGoesOnceWhenTheServerIsBack() throws Exception {
        smtp.stop();
        Dossier submitted = submitted("Làng nghề nón lá");
        assertThat(submitted.getState().name()).as("the commune's submission went through").isEqualTo("SUBMITTED");

        Instant now = clock.instant();
        assertThat(sender.sendDue(now)).isZero();
        assertThat(outboxRow("attempts")).isEqualTo(1);
        assertThat(sender.sendDue(now.plusSeconds(30))).as("waits before trying again").isZero();
        assertThat(outboxRow("attempts")).isEqualTo(1);
        assertThat(sender.sendDue(now.plus(settings.retryFirst()).plusSeconds(1))).isZero();
        assertThat(outboxRow("attempts")).as("tried again after the first wait").isEqualTo(2);
        assertThat(sender.backOff(2)).isEqualTo(settings.retryFirst().multipliedBy(2));
        assertThat(sender.backOff(30)).isEqualTo(settings.retryLongest());

        // The server comes back on the same port; a new sender, as after the application restarts, has only the table.
        smtp = server();
        smtp.start();
        JavaMailSenderImpl restarted = new JavaMailSenderImpl();
        restarted.setHost(mailProperties.getHost());
        restarted.setPort(mailProperties.getPort());
        OutboxSender afterRestart = new OutboxSender(jdbc, transactions.getTransactionManager(),
                new org.springframework.beans.factory.support.StaticListableBeanFactory(
                        java.util.Map.of("mailer", restarted)).getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
                settings, clock);
        assertThat(afterRestart.sendDue(now.plus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(sender.sendDue(now.plus(Duration.ofDays(1)))).isZero();
        assertThat(to("tiepnhan@example.vn")).hasSize(1);
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            publish(new TaskEscalated((long) i, Step.APPRAISAL));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> send = sender::sendDue;
            List<Future<Integer>> runs = pool.invokeAll(List.of(send, send, send, send));
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(20);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(this::outboxId).distinct()).hasSize(20);
    }

    private GreenMail server() {
        return new GreenMail(new ServerSetup(mailProperties.getPort(), mailProperties.getHost(), ServerSetup.PROTOCOL_SMTP));
    }

    private Dossier submitted(String village) {
        Dossier dossier = SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage(village));
        return dossiers.submit(commune, dossier.getId());
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private int outboxRow(String column) {
        return jdbc.queryForObject("select " + column + " from mail_outbox", Integer.class);
    }

    private List<MimeMessage> to(String address) throws Exception {
        smtp.waitForIncomingEmail(500, 0);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getRecipients(Message.RecipientType.TO)).equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String outboxId(MimeMessage message) {
        try {
            return message.getHeader("X-LangNghe-Outbox-Id")[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
