package vn.langnghe.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.KaribuSessions;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.dossier.ui.CommuneDossiersView;
import vn.langnghe.dossier.ui.DossierView;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.ui.RegistryView;
import vn.langnghe.workflow.ReviewedDossiers;
import vn.langnghe.workflow.ui.InboxView;

/**
 * Issue 8, screens under load: many signed-in users at once each open the inbox, a dossier and a list, as
 * Karibu sessions on the real services and database, one thread per user: once pausing between screens as
 * people do, and once all at the same instant (the worst burst). Reports the server round trip of
 * each navigation and the heap an open UI session keeps; asserts only that every user saw what they may see.
 */
@BenchmarkTest
class ScreensBenchmark {

    private static final List<Long> COMMUNES = List.of(RegistryFixtures.YEN_NGHIEP, RegistryFixtures.CHIENG_CHAU,
            RegistryFixtures.PHU_THANH, RegistryFixtures.LAM_SON, RegistryFixtures.PHU_LAI);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService users;
    @Autowired
    DossierService dossiers;
    @Autowired
    JdbcTemplate jdbc;

    /** One screen a user opens: a name for the report, its route, and the view the user must land on. */
    record Screen(String name, String route, Class<? extends Component> view) {
    }

    record Visitor(SignedInUser user, List<Screen> screens) {
    }

    /** The seeded dossiers: all of them by commune, and those past the draft, which provincial staff may open. */
    record Seeded(Map<Long, List<Long>> byCommune, List<Long> submitted) {
    }

    record Timing(String screen, double millis) {
    }

    /** The figures of one run: every round trip, and the heap the open sessions kept. */
    record Run(List<Timing> timings, double heapPerSessionBytes) {
    }

    /** A person's pause before a screen: up to twice this, at random (10 s on average at full size). */
    private static final int THINK_MILLIS = Integer.getInteger("bench.think-millis",
            Boolean.getBoolean("bench.full") ? 10_000 : 500);

    @Test
    void manyUsersOpenTheirScreensAtOnce() throws Exception {
        int userCount = Figures.size(5, 100);
        Seeded seeded = seedDossiers(3 * userCount);
        int registryRows = seedRegistry(3 * userCount);
        List<Visitor> visitors = visitors(userCount, seeded);

        VaadinServlet servlet = KaribuSessions.servlet(context);
        KaribuSessions.open(servlet);
        try {
            List<Timing> alone = new ArrayList<>();
            for (Visitor visitor : visitors) {
                alone.addAll(visit(visitor, 0));
            }
            List<Run> atOnce = new ArrayList<>();
            List<Run> paced = new ArrayList<>();
            for (int run = 0; run < Figures.runs(); run++) {
                atOnce.add(concurrently(servlet, visitors, 0));
                paced.add(concurrently(servlet, visitors, THINK_MILLIS));
            }
            report(userCount, 3 * userCount, registryRows, alone, atOnce, paced);
        } finally {
            KaribuSessions.close();
        }
    }

    /** Dossiers of every commune, a quarter each draft, awaiting intake, in appraisal and awaiting the council. */
    private Seeded seedDossiers(int count) {
        ReviewedDossiers reviewed = new ReviewedDossiers(context);
        Map<Long, List<Long>> byCommune = new LinkedHashMap<>();
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Long communeId = COMMUNES.get(i % COMMUNES.size());
            SignedInUser officer = account("bench.xa." + communeId, Role.COMMUNE_OFFICER, communeId);
            String village = "Làng nghề số " + i;
            Dossier dossier = switch (i / COMMUNES.size() % 4) {
                case 0 -> SampleDossiers.prepared(dossiers, officer, SampleDossiers.craftVillage(village));
                case 1 -> reviewed.submitted(officer, village);
                case 2 -> reviewed.accepted(officer, village);
                default -> reviewed.awaitingCouncil(officer, village);
            };
            byCommune.computeIfAbsent(communeId, c -> new ArrayList<>()).add(dossier.getId());
            if (!dossier.getState().editableByCommune()) {
                submitted.add(dossier.getId());
            }
        }
        return new Seeded(byCommune, submitted);
    }

    /**
     * Copies of the demo registry, each copy's names numbered, so the registry page counts and pages through
     * thousands of rows. Plain SQL: going through recognitions would take minutes. Returns the rows in the registry.
     */
    private int seedRegistry(int copies) {
        long demoRows = jdbc.queryForObject("SELECT MAX(id) FROM registry_entry", Long.class);
        for (int copy = 1; copy <= copies; copy++) {
            jdbc.update("""
                    INSERT INTO registry_entry (kind, name, title, status, activity_group, craft, commune_id,
                        district_id, current_commune_id, province_id, recognised_on, decision_number, search_text)
                    SELECT kind, CONCAT(name, ?), title, status, activity_group, craft, commune_id, district_id,
                        current_commune_id, province_id, recognised_on, decision_number, CONCAT(search_text, ?)
                    FROM registry_entry WHERE id <= ?""", " " + copy, " " + copy, demoRows);
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM registry_entry", Integer.class);
    }

    /**
     * The users in turn a commune officer (the inbox, one of their commune's dossiers, their commune's dossiers),
     * a reviewer (the inbox, a submitted dossier) and the Chairman (the inbox, a submitted dossier, the registry):
     * only the Chairman may open all three of the screens.
     */
    private List<Visitor> visitors(int count, Seeded seeded) {
        List<Long> submitted = seeded.submitted();
        List<Visitor> visitors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Long communeId = COMMUNES.get(i / 3 % COMMUNES.size());
            Screen inboxScreen = new Screen("inbox", "viec-can-lam", InboxView.class);
            visitors.add(switch (i % 3) {
                case 0 -> {
                    List<Long> own = seeded.byCommune().get(communeId);
                    yield new Visitor(account("bench.xa." + communeId + "." + i, Role.COMMUNE_OFFICER, communeId),
                            List.of(inboxScreen, dossier(own.get(i % own.size())),
                                    new Screen("commune's dossiers", "ho-so", CommuneDossiersView.class)));
                }
                case 1 -> new Visitor(account("bench.thamdinh." + i, Role.REVIEWER, null),
                        List.of(inboxScreen, dossier(submitted.get(i % submitted.size()))));
                default -> new Visitor(account("bench.chutich." + i, Role.LEADER, null),
                        List.of(inboxScreen, dossier(submitted.get(i % submitted.size())),
                                new Screen("registry", "so-lang-nghe", RegistryView.class)));
            });
        }
        return visitors;
    }

    private static Screen dossier(Long id) {
        return new Screen("dossier", "ho-so/" + id, DossierView.class);
    }

    private SignedInUser account(String username, Role role, Long communeId) {
        users.createIfMissing(username, "demo", username, role, communeId);
        return users.loadUserByUsername(username);
    }

    /**
     * All visitors start together, one thread and one session each. Once every session is open, the heap
     * after GC is compared with the heap after GC before; the sessions end with their threads.
     */
    private Run concurrently(VaadinServlet servlet, List<Visitor> visitors, int thinkMillis) throws Exception {
        long before = heapAfterGc();
        Queue<Timing> timings = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch opened = new CountDownLatch(visitors.size());
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(visitors.size());
        try {
            List<Future<?>> results = new ArrayList<>();
            for (Visitor visitor : visitors) {
                results.add(threads.submit(() -> {
                    try {
                        start.await();
                        KaribuSessions.open(servlet);
                        timings.addAll(visit(visitor, thinkMillis));
                    } finally {
                        opened.countDown();
                    }
                    release.await();
                    return null;
                }));
            }
            start.countDown();
            assertThat(opened.await(10, TimeUnit.MINUTES)).as("every session opened").isTrue();
            long with = heapAfterGc();
            release.countDown();
            for (Future<?> result : results) {
                result.get();
            }
            return new Run(List.copyOf(timings), (double) (with - before) / visitors.size());
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Signs the visitor in on this thread's session and opens each screen in turn, checking where they landed;
     * before each screen the visitor pauses a random time up to twice {@code thinkMillis}, as a person reading.
     */
    private static List<Timing> visit(Visitor visitor, int thinkMillis) throws InterruptedException {
        KaribuSessions.signIn(visitor.user());
        List<Timing> timings = new ArrayList<>();
        for (Screen screen : visitor.screens()) {
            if (thinkMillis > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(2 * thinkMillis));
            }
            timings.add(new Timing(screen.name(), roundTrip(screen.route())));
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                    .as("%s opens %s", visitor.user().username(), screen.route()).isInstanceOf(screen.view());
        }
        if (visitor.user().role() == Role.COMMUNE_OFFICER) {
            @SuppressWarnings("unchecked")
            Grid<Dossier> list = _get(Grid.class);
            assertThat(list.getLazyDataView().getItems().map(Dossier::getCommuneId))
                    .as("%s sees only its own commune's dossiers", visitor.user().username())
                    .isNotEmpty().containsOnly(visitor.user().communeId());
        }
        return timings;
    }

    /**
     * One navigation as the server handles it: the view built with its data, and the response a browser would
     * receive (UIDL) written. Excludes the network, HTTP parsing and the browser's rendering.
     */
    private static double roundTrip(String route) {
        long start = System.nanoTime();
        UI ui = UI.getCurrent();
        ui.navigate(route);
        new UidlWriter().createUidl(ui, false);
        return (System.nanoTime() - start) / 1e6;
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void report(int userCount, int dossierCount, int registryRows, List<Timing> alone,
            List<Run> runs, List<Run> paced) {
        Figures figures = new Figures("screens", Figures.format(
                "Screens under load: %d users, %d dossiers, %d registry rows, median of %d runs",
                userCount, dossierCount, registryRows, runs.size()));
        String pause = Figures.format("pausing 0–%d s before each screen", 2 * THINK_MILLIS / 1000);
        for (String screen : List.of("inbox", "dossier", "commune's dossiers", "registry")) {
            figures.row("round trip, " + screen + ", " + pause + ": median / p95", percentiles(paced, screen),
                    "p95 < 150 ms");
        }
        figures.row("round trip, all screens, " + pause + ": median / p95", percentiles(paced, null),
                "p95 < 150 ms");
        for (String screen : List.of("inbox", "dossier", "commune's dossiers", "registry")) {
            figures.row("round trip, " + screen + ", all users at the same instant: median / p95",
                    percentiles(runs, screen), "");
        }
        figures.row("round trip, all screens, all users at the same instant: median / p95", percentiles(runs, null),
                "");
        figures.row("round trip, one user alone: median / p95", Figures.format("%.1f / %.1f ms",
                Figures.median(millis(alone, null)), Figures.percentile(millis(alone, null), 95)), "");
        figures.row("heap per open UI session, after GC", Figures.format("%.0f KB",
                Figures.median(runs.stream().map(r -> r.heapPerSessionBytes() / 1024).toList())), "< 1 MB");
        figures.write();
    }

    /** The median over runs of each run's median and p95 of the screen's round trips (all screens when null). */
    private static String percentiles(List<Run> runs, String screen) {
        List<Double> medians = runs.stream().map(r -> Figures.median(millis(r.timings(), screen))).toList();
        List<Double> p95s = runs.stream().map(r -> Figures.percentile(millis(r.timings(), screen), 95)).toList();
        return Figures.format("%.1f / %.1f ms", Figures.median(medians), Figures.median(p95s));
    }

    private static List<Double> millis(List<Timing> timings, String screen) {
        return timings.stream().filter(t -> screen == null || t.screen().equals(screen)).map(Timing::millis).toList();
    }
}
