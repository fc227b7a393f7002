package vn.langnghe.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.council.CouncilRound;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.LeaderDecision;
import vn.langnghe.workflow.ReviewedDossiers;
import vn.langnghe.workflow.VoteDecision;

/**
 * Issue 8, benchmark 1: dossiers through the whole recognition path (submission, intake, appraisal, a council round of three members, the leader's approval with its decision and
 * certificate, the registry entry) by concurrent workers through the service layer, against the same models on
 * the bare engine ({@link BareEngine}) in the same run. The path starts at submission: the communes' drafts and
 * their documents are prepared first and timed apart. A worker takes ten dossiers at a time, as one council
 * sitting considers several; the council's ballots are the members' own tasks, looked up the same way on both.
 */
@BenchmarkTest
class WorkflowBenchmark {

    private static final int ROUND = 10;
    private static final List<String> MEMBERS = List.of("hoidong1", "hoidong2", "hoidong3");

    @Autowired
    ApplicationContext context;
    @Autowired
    Inbox inbox;
    @Autowired
    TaskService tasks;
    @Autowired
    DataSource dataSource;

    private final AtomicInteger villages = new AtomicInteger();

    @Test
    void recognitionPathThroughTheServicesAndOnTheBareEngine() throws Exception {
        int size = Figures.size(2 * ROUND, 1000) / ROUND * ROUND;
        int workers = Integer.getInteger("bench.workers", 4);
        ReviewedDossiers reviewed = new ReviewedDossiers(context);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Double> drafting = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        try (BareEngine engine = new BareEngine(dataSource, 20)) {
            Queue<Long> warmUp = new ConcurrentLinkedQueue<>();
            perSecond(workers * ROUND, workers, () -> drafts(reviewed, warmUp));
            perSecond(workers * ROUND, workers, () -> round(reviewed, warmUp));
            perSecond(workers * ROUND, workers, () -> engine.batch(ROUND));
            long recognisedBefore = recognised(jdbc);
            long bareBefore = engine.recognised();
            for (int run = 0; run < Figures.runs(); run++) {
                Queue<Long> ready = new ConcurrentLinkedQueue<>();
                drafting.add(perSecond(size, workers, () -> drafts(reviewed, ready)));
                ours.add(perSecond(size, workers, () -> round(reviewed, ready)));
                bare.add(perSecond(size, workers, () -> engine.batch(ROUND)));
            }
            assertThat(recognised(jdbc) - recognisedBefore).isEqualTo((long) size * Figures.runs());
            assertThat(engine.recognised() - bareBefore).isEqualTo((long) size * Figures.runs());
        }
        double oursPerSecond = Figures.median(ours);
        double barePerSecond = Figures.median(bare);
        new Figures("workflow", Figures.format("Workflow throughput: %d dossiers, %d workers, median of %d runs",
                size, workers, Figures.runs()))
                .row("from submission to the registry through the services (submission, intake, appraisal, "
                        + "council of 3, decision and certificate PDFs, registry entry)",
                        Figures.format("%.1f dossiers/s", oursPerSecond), "≥ 20 dossiers/s")
                .row("the same models on the bare engine, no-op work", Figures.format("%.1f dossiers/s", barePerSecond),
                        "the floor")
                .row("our cost per dossier ÷ the bare engine's", Figures.format("%.2f×", barePerSecond / oursPerSecond),
                        "≤ 1.5×")
                .row("before that, not timed above: the commune's drafts with their documents",
                        Figures.format("%.1f dossiers/s", Figures.median(drafting)), "")
                .write();
    }

    /** A round's worth of drafts with every required document, as communes prepare them before submitting. */
    private void drafts(ReviewedDossiers reviewed, Queue<Long> ready) {
        for (int i = 0; i < ROUND; i++) {
            ready.add(reviewed.draft(reviewed.user("xa.daidong"), "Làng nghề số " + villages.incrementAndGet())
                    .getId());
        }
    }

    /** Ten prepared drafts from submission to the registry, as the users would take them. */
    private void round(ReviewedDossiers reviewed, Queue<Long> ready) {
        List<Long> agenda = new ArrayList<>();
        for (int i = 0; i < ROUND; i++) {
            agenda.add(reviewed.recommended(reviewed.user("xa.daidong"), ready.remove()).getId());
        }
        CouncilRound round = reviewed.openRound("Phiên " + agenda.get(0), MEMBERS, null, agenda);
        for (String member : MEMBERS) {
            SignedInUser user = reviewed.user(member);
            for (Task ballot : tasks.createTaskQuery().processVariableValueEquals("roundId", round.getId())
                    .taskAssignee(member).list()) {
                inbox.complete(user, ballot.getId(), new VoteDecision(VoteOutcome.AGREE, "Đồng ý", null));
            }
        }
        SignedInUser leader = reviewed.user("chutich");
        for (Long dossier : agenda) {
            inbox.complete(leader, reviewed.task(dossier, "Task_Decision"),
                    new LeaderDecision(LeaderDecision.Outcome.APPROVE, null));
        }
    }

    /** Dossiers per second for {@code size} dossiers, ten at a time, on {@code workers} threads. */
    private static double perSecond(int size, int workers, Runnable tenDossiers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        List<Future<?>> batches = new ArrayList<>();
        for (int i = 0; i < size / ROUND; i++) {
            batches.add(pool.submit(tenDossiers));
        }
        for (Future<?> done : batches) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return size / seconds;
    }

    private static long recognised(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM registry_entry WHERE dossier_id IS NOT NULL", Long.class);
    }
}
