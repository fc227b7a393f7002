package vn.langnghe.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.territory.Placement;
import vn.langnghe.territory.UnitHistory;
import vn.langnghe.village.ExportFormat;
import vn.langnghe.common.Folding;
import vn.langnghe.village.PageWindow;
import vn.langnghe.village.RegistryExports;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryRow;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatistics;
import vn.langnghe.village.RegistryStats;
import vn.langnghe.village.RegistryStatus;

/**
 * Issue 8, "registry at national scale": 100,000 villages with ten yearly reports each, timed through the
 * same service calls the registry screen, the dashboard and the API make. It checks what the calls return,
 * never how long they take; the times go to target/benchmarks/registry.md.
 */
@BenchmarkTest
class RegistryBenchmark {

    private static final int VILLAGES = Figures.size(2_000, 100_000);
    private static final int PAGE = 50;
    private static final int DASHBOARD_YEAR = 2024;
    private static final String SEARCH = "lang gom";
    /** Each fast call is timed this many times per run; an export once per run. */
    private static final int SAMPLES_PER_RUN = 10;
    private static final int WARM_UPS = 3;
    private static final double MEGABYTE = 1024.0 * 1024.0;

    @Autowired
    RegistryService registry;
    @Autowired
    RegistryStatistics statistics;
    @Autowired
    RegistryExports exports;
    @Autowired
    UnitHistory units;
    @Autowired
    UserAccountService users;
    @Autowired
    DataSource dataSource;

    private final Figures figures = new Figures("registry",
            Figures.format("Registry: %,d villages × %d yearly reports", VILLAGES,
                    RegistrySeeder.LAST_YEAR - RegistrySeeder.FIRST_YEAR + 1));

    @Test
    void registryAtNationalScale() throws Exception {
        SignedInUser staff = users.loadUserByUsername("thongke");
        // One province's communes, as before the units of all 34 provinces were loaded: the figures stay
        // comparable with the earlier runs, and "recognised in the province" counts every village seeded.
        List<Placement> everywhere = units.communes().stream()
                .map(c -> units.placement(c.id()).orElseThrow()).toList();
        Long province = everywhere.get(0).provinceNow().id();
        List<Placement> placements = everywhere.stream().filter(p -> p.provinceNow().id().equals(province)).toList();
        RegistryFilter recognisedInProvince = new RegistryFilter(null, null, RegistryStatus.RECOGNISED, null,
                province, null);
        RegistryFilter search = new RegistryFilter(SEARCH, null, null, null, null, null);
        long entriesBefore = registry.count(staff, RegistryFilter.none());
        long recognisedBefore = registry.count(staff, recognisedInProvince);
        long matchingBefore = registry.count(staff, search);
        long inForceBefore = statistics.stats(staff, DASHBOARD_YEAR).recognised().total();

        long start = System.nanoTime();
        RegistrySeeder.Seeded seeded = new RegistrySeeder(dataSource, placements).seed(VILLAGES, Folding.fold(SEARCH));
        double seedSeconds = (System.nanoTime() - start) / 1e9;

        long recognised = registry.count(staff, recognisedInProvince);
        assertThat(recognised).isEqualTo(recognisedBefore + seeded.recognised());
        long lastPage = (recognised - 1) / PAGE * PAGE;
        time("registry page: province + status, the count and the first 50 rows", "< 50 ms", () -> {
            long total = registry.count(staff, recognisedInProvince);
            List<RegistryRow> rows = registry.page(staff, recognisedInProvince, new PageWindow(0, PAGE, total));
            assertThat(rows).hasSize(PAGE).extracting(RegistryRow::status).containsOnly(RegistryStatus.RECOGNISED);
            return rows;
        });
        time(Figures.format("registry page: province + status, the count and the last page (offset %,d)", lastPage),
                "< 50 ms", () -> {
                    long total = registry.count(staff, recognisedInProvince);
                    List<RegistryRow> rows = registry.page(staff, recognisedInProvince,
                            new PageWindow(lastPage, PAGE, total));
                    assertThat(rows).hasSize((int) (total - lastPage));
                    return rows;
                });
        time("search \"" + SEARCH + "\" finds \"Làng gốm …\": the count and the first 50 rows", "< 100 ms", () -> {
            long total = registry.count(staff, search);
            assertThat(total).isEqualTo(matchingBefore + seeded.matching());
            List<RegistryRow> rows = registry.page(staff, search, new PageWindow(0, PAGE, total));
            assertThat(rows).hasSize((int) Math.min(PAGE, total));
            return rows;
        });
        time("dashboard figures for " + DASHBOARD_YEAR, "< 300 ms", () -> {
            RegistryStats stats = statistics.stats(staff, DASHBOARD_YEAR);
            assertThat(stats.recognised().total()).isEqualTo(inForceBefore + seeded.withTitle());
            return stats;
        });
        export(staff, entriesBefore + seeded.entries());
        figures.row(Figures.format("seeding %,d villages and their reports (not a target)", VILLAGES),
                Figures.format("%.1f s", seedSeconds), "a minute or two");
        figures.write();
    }

    /** The CSV of every entry, timed into a stream that only counts lines, then once more watching the live heap. */
    private void export(SignedInUser staff, long entries) {
        List<Double> seconds = new ArrayList<>();
        for (int run = -1; run < Figures.runs(); run++) {
            LineCounter counter = new LineCounter(0);
            long start = System.nanoTime();
            exportInto(staff, counter);
            if (run >= 0) {
                seconds.add((System.nanoTime() - start) / 1e9);
            }
            assertThat(counter.lines).as("header and one line per entry").isEqualTo(entries + 1);
        }
        figures.row(Figures.format("CSV export of all %,d entries", entries),
                Figures.format("%.2f s (median of %d)", Figures.median(seconds), seconds.size()), "< 10 s");

        long before = liveHeap();
        LineCounter watcher = new LineCounter(Math.max(1, entries / 10));
        exportInto(staff, watcher);
        figures.row("live heap growth during that export (after GC, every 10 % of the rows)",
                Figures.format("%.1f MB", (watcher.peakLiveHeap - before) / MEGABYTE),
                "streamed: not growing with the rows");
    }

    private void exportInto(SignedInUser staff, OutputStream out) {
        try {
            exports.registry(staff, RegistryFilter.none(), ExportFormat.CSV, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times a call after warm-ups; the call checks its own result and returns it, so nothing is optimised away. */
    private void time(String what, String target, Supplier<Object> call) {
        for (int i = 0; i < WARM_UPS; i++) {
            assertThat(call.get()).isNotNull();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < Figures.runs() * SAMPLES_PER_RUN; i++) {
            long start = System.nanoTime();
            assertThat(call.get()).isNotNull();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        figures.row(what, Figures.format("%.1f ms median, %.1f ms p95 (%d calls)", Figures.median(millis),
                Figures.percentile(millis, 95), millis.size()), target);
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Discards the bytes, counting lines; every {@code sampleEvery} lines (0: never) it notes the live heap. */
    private static final class LineCounter extends OutputStream {

        private final long sampleEvery;
        private long lines;
        private long peakLiveHeap;

        LineCounter(long sampleEvery) {
            this.sampleEvery = sampleEvery;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
                if (sampleEvery > 0 && lines % sampleEvery == 0) {
                    peakLiveHeap = Math.max(peakLiveHeap, liveHeap());
                }
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }
    }
}
