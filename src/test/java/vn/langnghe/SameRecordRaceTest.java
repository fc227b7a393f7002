package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.council.CouncilRound;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.RoundRequest;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.dossier.Attachment;
import vn.langnghe.dossier.AttachmentKind;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.dossier.web.DossierApiSamples;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.IntakeDecision;
import vn.langnghe.workflow.ReviewedDossiers;

/**
 * Many hands on one record at the same instant, as integrations and busy offices do: 20 identical requests
 * released together by a start gate, over real HTTP (or through the service a screen calls, for screen-only
 * actions). A transition has exactly one winner; everyone else is refused with a 409 and a message. Nobody gets
 * a 5xx, nothing is logged as an error, and the data is consistent afterwards.
 */
@IntegrationTest
class SameRecordRaceTest {

    private static final int HANDS = 20;
    private static final String COMMUNE = "xa.daidong";
    /** A document a craft village dossier does not require, so only the race adds or removes it. */
    private static final AttachmentKind EXTRA = AttachmentKind.ARTISAN_CERTIFICATE;
    private static final String OPINION = "Ý kiến của thành viên";
    private static final AtomicInteger VILLAGES = new AtomicInteger();
    private static final String BALLOT = "{\"outcome\": \"AGREE\", \"opinion\": \"" + OPINION + "\"}";
    private static final String APPROVE = "{\"outcome\": \"APPROVE\"}";
    private static final String REJECT = "{\"outcome\": \"REJECT\", \"reason\": \"Chưa đủ hồ sơ gốc\"}";
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"([^\"]+)\"");
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DossierService dossiers;
    @Autowired
    CouncilService council;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Inbox inbox;

    private ReviewedDossiers reviewed;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void watchTheLog() {
        reviewed = new ReviewedDossiers(context);
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        root().detachAppender(log);
    }

    /** What the race starts from: the record's ids, made through the real services. */
    record Scene(Long dossierId, String taskId, Long roundId, Long attachmentId) {
    }

    /** One hand's request; {@code hand} numbers the 20 hands from 0. */
    interface Call {
        Answer send(SameRecordRaceTest test, Scene scene, int hand) throws Exception;
    }

    /** A status and the message that came with it. */
    record Answer(int status, String message) {

        boolean success() {
            return status / 100 == 2;
        }
    }

    interface SceneCheck {
        void verify(SameRecordRaceTest test, Scene scene, List<Answer> answers);
    }

    /** One contested call: how to set it up, what each hand sends, and what must hold afterwards. */
    record Contest(String name, boolean transition, Function<SameRecordRaceTest, Scene> setUp, Call call,
            SceneCheck check) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> contests() {
        return Stream.of(
                new Contest("submit", true, t -> scene(t.draft()),
                        (t, s, i) -> t.api(COMMUNE, HttpMethod.POST, "/api/v1/dossiers/" + s.dossierId() + "/submit",
                                null),
                        (t, s, a) -> {
                            assertThat(t.processes(s.dossierId())).as("one process per dossier").isEqualTo(1);
                            assertThat(t.events(s.dossierId(), "SUBMITTED")).isEqualTo(1);
                        }),
                new Contest("update (each winner saw the latest version)", false, t -> scene(t.draft()),
                        (t, s, i) -> t.api(COMMUNE, HttpMethod.PUT, "/api/v1/dossiers/" + s.dossierId(),
                                DossierApiSamples.CRAFT_VILLAGE),
                        (t, s, a) -> {
                            assertThat(t.dossier(s.dossierId()).getVillageName()).isEqualTo("Bản Lác");
                            assertThat(t.events(s.dossierId(), "UPDATED")).isEqualTo(successes(a));
                        }),
                new Contest("attach (additive: each upload kept once)", false, t -> scene(t.draft()),
                        (t, s, i) -> t.screen(() -> t.dossiers.attach(t.user(COMMUNE), s.dossierId(),
                                EXTRA, "bien-ban.pdf", new ByteArrayInputStream(SampleDossiers.PDF))),
                        (t, s, a) -> assertThat(t.attachments(s.dossierId(), EXTRA))
                                .isEqualTo(successes(a))),
                new Contest("remove attachment", true, SameRecordRaceTest::draftWithExtraAttachment,
                        (t, s, i) -> t.screen(() -> t.dossiers.removeAttachment(t.user(COMMUNE), s.dossierId(),
                                s.attachmentId())),
                        (t, s, a) -> assertThat(t.attachments(s.dossierId(), EXTRA)).isZero()),
                new Contest("intake completion", true, t -> t.taskScene(t.submitted(), "Task_Intake"),
                        (t, s, i) -> t.api("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/complete",
                                "{\"outcome\": \"ACCEPT\"}"),
                        (t, s, a) -> {
                            assertThat(t.dossier(s.dossierId()).getState()).isEqualTo(DossierState.IN_APPRAISAL);
                            assertThat(t.events(s.dossierId(), "ACCEPTED")).isEqualTo(1);
                            assertThat(t.openTasks(s.dossierId(), "Task_Appraisal")).isEqualTo(1);
                        }),
                new Contest("intake completion on the screen", true, t -> t.taskScene(t.submitted(), "Task_Intake"),
                        (t, s, i) -> t.screen(() -> t.inbox.complete(t.user("tiepnhan"), s.taskId(),
                                new IntakeDecision(IntakeDecision.Outcome.RETURN, "Thiếu bản đồ", 10))),
                        (t, s, a) -> {
                            assertThat(t.dossier(s.dossierId()).getState()).isEqualTo(DossierState.RETURNED);
                            assertThat(t.events(s.dossierId(), "RETURNED")).isEqualTo(1);
                        }),
                new Contest("appraisal completion", true, t -> t.taskScene(t.accepted(), "Task_Appraisal"),
                        (t, s, i) -> t.api("thamdinh", HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/complete",
                                """
                                {"outcome": "RECOMMEND", "opinion": "Đủ tiêu chí",
                                 "findings": [{"code": "V3", "passed": true, "reason": "Có kế hoạch môi trường"}]}"""),
                        (t, s, a) -> {
                            assertThat(t.dossier(s.dossierId()).getState()).isEqualTo(DossierState.AWAITING_COUNCIL);
                            assertThat(t.events(s.dossierId(), "RECOMMENDED")).isEqualTo(1);
                        }),
                new Contest("claim by 20 officers", true, t -> t.taskScene(t.submitted(), "Task_Intake"),
                        (t, s, i) -> t.api(t.officer(i), HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/claim",
                                null),
                        (t, s, a) -> assertThat(t.assignee(s.taskId())).startsWith("tiepnhan.dua")),
                new Contest("release by its owner", true, t -> {
                    Scene scene = t.taskScene(t.submitted(), "Task_Intake");
                    t.tasks.claim(scene.taskId(), "tiepnhan");
                    return scene;
                }, (t, s, i) -> t.api("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/release", null),
                        (t, s, a) -> assertThat(t.assignee(s.taskId())).isNull()),
                new Contest("council agenda (the same agenda each time)", false, SameRecordRaceTest::draftRound,
                        (t, s, i) -> t.api("thamdinh", HttpMethod.POST,
                                "/api/v1/council-rounds/" + s.roundId() + "/agenda",
                                "{\"dossierIds\": [" + s.dossierId() + "]}"),
                        (t, s, a) -> assertThat(t.council.agendaDossiers(s.roundId())).containsExactly(s.dossierId())),
                new Contest("open a round", true, t -> {
                    Scene scene = t.draftRound();
                    t.council.setAgenda(t.user("thamdinh"), scene.roundId(), List.of(scene.dossierId()));
                    return scene;
                }, (t, s, i) -> t.api("thamdinh", HttpMethod.POST, "/api/v1/council-rounds/" + s.roundId() + "/open",
                        null),
                        (t, s, a) -> {
                            assertThat(t.runtime.createProcessInstanceQuery()
                                    .processInstanceBusinessKey("round-" + s.roundId()).count())
                                    .as("one round process").isEqualTo(1);
                            assertThat(t.events(s.dossierId(), "IN_COUNCIL")).isEqualTo(1);
                        }),
                new Contest("close a round (the chair)", true, t -> {
                    Scene scene = t.openRound(List.of("hoidong1", "hoidong2", "hoidong3"), 1);
                    t.reviewed.vote("hoidong1", scene.dossierId(), VoteOutcome.AGREE);
                    return scene;
                }, (t, s, i) -> t.api("hoidong1", HttpMethod.POST, "/api/v1/council-rounds/" + s.roundId() + "/close",
                        null),
                        (t, s, a) -> t.closedOnceWithOneSetOfMinutes(s)),
                new Contest("a ballot", true, t -> {
                    Scene scene = t.openRound(List.of("hoidong1"), 1);
                    return new Scene(scene.dossierId(), t.reviewed.ballot("hoidong1", scene.dossierId()),
                            scene.roundId(), null);
                }, (t, s, i) -> t.api("hoidong1", HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/complete",
                        BALLOT),
                        (t, s, a) -> {
                            assertThat(t.votes(s.roundId())).isEqualTo(1);
                            t.closedOnceWithOneSetOfMinutes(s);
                        }),
                new Contest("approve", true, t -> t.taskScene(t.awaitingDecision(), "Task_Decision"),
                        (t, s, i) -> t.api("chutich", HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/complete",
                                APPROVE),
                        (t, s, a) -> {
                            assertThat(t.dossier(s.dossierId()).getState()).isEqualTo(DossierState.RECOGNISED);
                            assertThat(t.decisions(s.dossierId())).as("one decision number").isEqualTo(1);
                        }),
                new Contest("reject", true, t -> t.taskScene(t.awaitingDecision(), "Task_Decision"),
                        (t, s, i) -> t.api("chutich", HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/complete",
                                REJECT),
                        (t, s, a) -> {
                            assertThat(t.dossier(s.dossierId()).getState()).isEqualTo(DossierState.REJECTED);
                            assertThat(t.events(s.dossierId(), "REJECTED")).isEqualTo(1);
                        }))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contests")
    void twentyIdenticalRequestsOnOneRecord(Contest contest) throws Exception {
        Scene scene = contest.setUp().apply(this);
        List<Answer> answers = race(scene, contest.call());

        if (contest.transition()) {
            assertThat(successes(answers)).as("exactly one winner: %s", answers).isEqualTo(1);
        } else {
            assertThat(successes(answers)).as("at least one success: %s", answers).isPositive();
        }
        contest.check().verify(this, scene, answers);
    }

    @Test
    void approvalAndRejectionOfOneDecisionAtOnce() throws Exception {
        Scene scene = taskScene(awaitingDecision(), "Task_Decision");
        List<Answer> answers = race(scene, (t, s, i) -> t.api("chutich", HttpMethod.POST,
                "/api/v1/tasks/" + s.taskId() + "/complete", i % 2 == 0 ? APPROVE : REJECT));

        assertThat(successes(answers)).isEqualTo(1);
        DossierState state = dossier(scene.dossierId()).getState();
        assertThat(state).isIn(DossierState.RECOGNISED, DossierState.REJECTED);
        assertThat(decisions(scene.dossierId())).isEqualTo(state == DossierState.RECOGNISED ? 1 : 0);
    }

    @Test
    void twoOfficersCompletingOneIntakeTask() throws Exception {
        Scene scene = taskScene(submitted(), "Task_Intake");
        List<Answer> answers = race(scene, (t, s, i) -> i % 2 == 0
                ? t.api(t.officer(i), HttpMethod.POST, "/api/v1/tasks/" + s.taskId() + "/complete",
                        "{\"outcome\": \"ACCEPT\"}")
                : t.screen(() -> t.inbox.complete(t.user(t.officer(i)), s.taskId(),
                        new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null))));

        assertThat(successes(answers)).isEqualTo(1);
        assertThat(events(scene.dossierId(), "ACCEPTED")).isEqualTo(1);
        assertThat(openTasks(scene.dossierId(), "Task_Appraisal")).isEqualTo(1);
    }

    @Test
    void claimsAndReleasesOfOneTaskAtOnce() throws Exception {
        Scene scene = taskScene(submitted(), "Task_Intake");
        List<Answer> answers = race(scene, (t, s, i) -> t.api("tiepnhan", HttpMethod.POST,
                "/api/v1/tasks/" + s.taskId() + (i % 2 == 0 ? "/claim" : "/release"), null));

        assertThat(successes(answers)).isPositive();
        assertThat(assignee(scene.taskId())).isIn("tiepnhan", null);
    }

    @Test
    void editsAndUploadsRacingASubmitLandBeforeItOrAreRefused() throws Exception {
        Scene scene = scene(draft());
        List<Answer> answers = race(scene, (t, s, i) -> switch (i % 4) {
            case 0 -> t.api(COMMUNE, HttpMethod.POST, "/api/v1/dossiers/" + s.dossierId() + "/submit", null);
            case 1 -> t.api(COMMUNE, HttpMethod.PUT, "/api/v1/dossiers/" + s.dossierId(),
                    DossierApiSamples.CRAFT_VILLAGE);
            default -> t.screen(() -> t.dossiers.attach(t.user(COMMUNE), s.dossierId(), EXTRA,
                    "bo-sung-" + i + ".pdf", new ByteArrayInputStream(SampleDossiers.PDF)));
        });

        assertThat(successes(answers)).isPositive();
        assertThat(processes(scene.dossierId())).isEqualTo(1);
        assertThat(events(scene.dossierId(), "SUBMITTED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from dossier_event e join dossier_event s
                  on s.dossier_id = e.dossier_id and s.type = 'SUBMITTED' and e.id > s.id
                where e.dossier_id = ? and e.type in ('UPDATED', 'ATTACHMENT_ADDED')
                """, Long.class, scene.dossierId())).as("nothing changed the dossier after it was submitted").isZero();
    }

    @Test
    void theChairClosingWhileTheLastBallotsArrive() throws Exception {
        Scene scene = openRound(List.of("hoidong1", "hoidong2", "hoidong3"), 2);
        reviewed.vote("hoidong1", scene.dossierId(), VoteOutcome.AGREE);
        String second = reviewed.ballot("hoidong2", scene.dossierId());
        String third = reviewed.ballot("hoidong3", scene.dossierId());
        List<Answer> answers = race(scene, (t, s, i) -> switch (i % 3) {
            case 0 -> t.api("hoidong1", HttpMethod.POST, "/api/v1/council-rounds/" + s.roundId() + "/close", null);
            case 1 -> t.api("hoidong2", HttpMethod.POST, "/api/v1/tasks/" + second + "/complete", BALLOT);
            default -> t.api("hoidong3", HttpMethod.POST, "/api/v1/tasks/" + third + "/complete", BALLOT);
        });

        closedOnceWithOneSetOfMinutes(scene);
        long ballotsCast = java.util.stream.IntStream.range(0, HANDS).filter(i -> i % 3 != 0)
                .filter(i -> answers.get(i).success()).count();
        assertThat(ballotsCast).as("each member's ballot counts once at most").isLessThanOrEqualTo(2);
        assertThat(votes(scene.roundId())).as("every ballot answered counts").isEqualTo(1 + ballotsCast);
    }

    @Test
    void theLastBallotsOfARoundAllArriveAtOnce() throws Exception {
        List<String> members = List.of("hoidong1", "hoidong2", "hoidong3");
        Scene scene = openRound(members, 2);
        List<String> ballots = members.stream().map(m -> reviewed.ballot(m, scene.dossierId())).toList();
        List<Answer> answers = race(scene, (t, s, i) -> t.api(members.get(i % 3), HttpMethod.POST,
                "/api/v1/tasks/" + ballots.get(i % 3) + "/complete", BALLOT));

        assertThat(successes(answers)).as("one ballot each").isEqualTo(3);
        assertThat(votes(scene.roundId())).as("every vote counts").isEqualTo(3);
        closedOnceWithOneSetOfMinutes(scene);
    }

    // ---- the race

    /**
     * Sends every hand's request at once behind a start gate, and checks what holds for any race: each answer is
     * a success or a 409 with a message, and nothing was logged as an error.
     */
    private List<Answer> race(Scene scene, Call call) throws Exception {
        log.list.clear();
        ExecutorService pool = Executors.newFixedThreadPool(HANDS);
        CountDownLatch ready = new CountDownLatch(HANDS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < HANDS; i++) {
            int hand = i;
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return call.send(this, scene, hand);
            }));
        }
        ready.await();
        start.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            answers.add(future.get());
        }
        pool.shutdown();
        assertThat(answers).as("a success or a refusal with a message").allMatch(a -> a.success()
                || (a.status() == 409 && a.message() != null && !a.message().isBlank()));
        assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())).as("error lines").isEmpty();
        return answers;
    }

    private Answer api(String user, HttpMethod method, String path, String body) {
        ResponseEntity<String> response = ApiCalls.send(http, user, method, path, body);
        String text = response.getBody();
        String message = text == null ? null : MESSAGE.matcher(text).results().map(m -> m.group(1)).findFirst()
                .orElse(null);
        return new Answer(response.getStatusCode().value(), message);
    }

    /** What a screen's button does: the same service call, its refusal shown as the message. */
    private Answer screen(Runnable action) {
        try {
            action.run();
            return new Answer(200, null);
        } catch (ConflictException e) {
            return new Answer(409, context.getMessage(e.messageKey(), e.arguments(), VI));
        } catch (InvalidInputException e) {
            return new Answer(400, e.getMessage());
        } catch (NotFoundException e) {
            return new Answer(404, e.getMessage());
        }
    }

    private static long successes(List<Answer> answers) {
        return answers.stream().filter(Answer::success).count();
    }

    // ---- the scenes

    private static Scene scene(Dossier dossier) {
        return new Scene(dossier.getId(), null, null, null);
    }

    private Scene taskScene(Dossier dossier, String taskKey) {
        return new Scene(dossier.getId(), reviewed.task(dossier.getId(), taskKey), null, null);
    }

    private Dossier draft() {
        return reviewed.draft(user(COMMUNE), village());
    }

    private Dossier submitted() {
        return reviewed.submitted(user(COMMUNE), village());
    }

    private Dossier accepted() {
        return reviewed.accepted(user(COMMUNE), village());
    }

    private Scene draftWithExtraAttachment() {
        Dossier dossier = draft();
        Attachment extra = dossiers.attach(user(COMMUNE), dossier.getId(), EXTRA, "thua.pdf",
                new ByteArrayInputStream(SampleDossiers.PDF));
        return new Scene(dossier.getId(), null, null, extra.getId());
    }

    private Scene draftRound() {
        Dossier dossier = reviewed.awaitingCouncil(village());
        CouncilRound round = council.create(user("thamdinh"), new RoundRequest("Phiên " + village(),
                List.of("hoidong1", "hoidong2", "hoidong3"), "hoidong1", 2, null));
        return new Scene(dossier.getId(), null, round.getId(), null);
    }

    private Scene openRound(List<String> members, int quorum) {
        Dossier dossier = reviewed.awaitingCouncil(village());
        CouncilRound round = reviewed.openRound("Phiên " + village(), members, quorum, List.of(dossier.getId()));
        return new Scene(dossier.getId(), null, round.getId(), null);
    }

    private Dossier awaitingDecision() {
        Scene scene = openRound(List.of("hoidong4"), 1);
        reviewed.vote("hoidong4", scene.dossierId(), VoteOutcome.AGREE);
        return dossier(scene.dossierId());
    }

    private String village() {
        return "Làng tranh chấp " + VILLAGES.incrementAndGet();
    }

    private String officer(int hand) {
        String name = "tiepnhan.dua" + hand;
        users.createIfMissing(name, "demo", "Tiếp nhận " + hand, Role.INTAKE_OFFICER, null);
        return name;
    }

    private SignedInUser user(String username) {
        return reviewed.user(username);
    }

    // ---- what the data says afterwards

    private Dossier dossier(Long id) {
        return dossiers.get(user("tiepnhan"), id);
    }

    private long processes(Long dossierId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(dossierId)).count();
    }

    private long openTasks(Long dossierId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossierId)).taskDefinitionKey(taskKey)
                .count();
    }

    private String assignee(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private long events(Long dossierId, String type) {
        return jdbc.queryForObject("select count(*) from dossier_event where dossier_id = ? and type = ?", Long.class,
                dossierId, type);
    }

    private long attachments(Long dossierId, AttachmentKind kind) {
        return jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ? and kind = ?",
                Long.class, dossierId, kind.name());
    }

    private long votes(Long roundId) {
        return jdbc.queryForObject("select count(*) from council_vote where round_id = ?", Long.class, roundId);
    }

    private long decisions(Long dossierId) {
        return jdbc.queryForObject("""
                select count(*) from issued_document d join issued_document_dossier l on l.document_id = d.id
                where l.dossier_id = ? and d.kind = 'DECISION'""", Long.class, dossierId);
    }

    private void closedOnceWithOneSetOfMinutes(Scene scene) {
        assertThat(jdbc.queryForObject("select status from council_round where id = ?", String.class, scene.roundId()))
                .isEqualTo("CLOSED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("round-" + scene.roundId()).count())
                .as("the round's process has ended").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from issued_document d join issued_document_dossier l on l.document_id = d.id
                where l.dossier_id = ? and d.kind = 'MINUTES'""", Long.class, scene.dossierId()))
                .as("one set of minutes").isEqualTo(1);
        assertThat(events(scene.dossierId(), "COUNCIL_RECOMMENDED") + events(scene.dossierId(), "COUNCIL_NOT_RECOMMENDED")
                + events(scene.dossierId(), "COUNCIL_NO_QUORUM")).as("the council concluded once").isEqualTo(1);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
