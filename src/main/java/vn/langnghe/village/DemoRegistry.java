package vn.langnghe.village;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.langnghe.database.EmbeddedDemoDatabase;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierRecognised;
import vn.langnghe.territory.Placement;
import vn.langnghe.territory.UnitHistory;

/**
 * The 11 villages Hòa Bình recognised (demo/hoa-binh-villages.csv), with yearly figures for 2019–2025.
 * The figures per village are not published: they are made up (and marked illustrative) so that the
 * latest year adds up to the published totals, 1,300 workers of whom 823 regular. Demo run only; loaded
 * once, whatever the number of restarts.
 */
@Component
@Conditional(EmbeddedDemoDatabase.class)
@Order(1)
class DemoRegistry implements ApplicationRunner {

    static final int FIRST_YEAR = 2019;
    static final int LATEST_YEAR = 2025;
    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);
    private static final String FILED_BY = "demo";

    /** Illustrative figures for the latest year: workers, regular workers, households, participating households. */
    private record Latest(int workers, int regular, int households, int participating) {
    }

    private static final Map<String, Latest> LATEST = Map.ofEntries(
            Map.entry("Xóm Lục", new Latest(180, 115, 260, 150)),
            Map.entry("Bản Lác", new Latest(210, 140, 230, 170)),
            Map.entry("Xóm Cóm", new Latest(120, 75, 210, 95)),
            Map.entry("Bản Nhót", new Latest(95, 60, 150, 70)),
            Map.entry("Bản Pà Cò Con", new Latest(85, 55, 140, 62)),
            Map.entry("Xóm Chiềng Châu", new Latest(130, 85, 190, 110)),
            Map.entry("Xóm Bui", new Latest(110, 70, 240, 80)),
            Map.entry("Thôn Sỏi", new Latest(90, 55, 220, 60)),
            Map.entry("Xóm Đoàn Kết", new Latest(80, 48, 200, 55)),
            Map.entry("Làng Đình", new Latest(105, 65, 300, 75)),
            Map.entry("Xóm Chiềng Hạ", new Latest(95, 55, 180, 58)));
    /** Production per worker in the latest year, in đồng, and its yearly growth before. */
    private static final long OUTPUT_PER_WORKER = 48_000_000L;
    private static final double YEARLY_GROWTH = 0.04;
    /** Participating households grew more slowly than output. */
    private static final double PARTICIPATION_GROWTH = 0.02;

    private final RegistryEntries entries;
    private final RecognitionRecorder recorder;
    private final RegistryService registry;
    private final UnitHistory units;

    DemoRegistry(RegistryEntries entries, RecognitionRecorder recorder, RegistryService registry, UnitHistory units) {
        this.entries = entries;
        this.recorder = recorder;
        this.registry = registry;
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entries.existsByKind(EntryKind.VILLAGE)) {
            return;
        }
        List<Placement.Unit> communes = units.communes();
        for (CSVRecord village : villages()) {
            String name = village.get("village");
            Long commune = communes.stream().filter(c -> c.name().equals(village.get("commune_before_2025")))
                    .findFirst().orElseThrow().id();
            String craft = village.get("craft").replaceFirst("\\s*\\(.*\\)$", "");
            Title title = "LNTT".equals(village.get("title")) ? Title.TRADITIONAL_CRAFT_VILLAGE : Title.CRAFT_VILLAGE;
            RegistryEntry entry = recorder.write(new DossierRecognised(null, commune, title, null, name, List.of(name),
                    Integer.valueOf(village.get("activity_group")), craft, null, null));
            Latest latest = LATEST.get(name);
            for (int year = FIRST_YEAR; year <= LATEST_YEAR; year++) {
                registry.store(entry, figures(latest, year), true, FILED_BY);
            }
        }
        log.info("Demo registry ready: {} villages with illustrative figures {}–{}", LATEST.size(), FIRST_YEAR,
                LATEST_YEAR);
    }

    /** Earlier years had a little fewer workers and a little less output; households stay put. */
    static LabourFigures figures(Latest latest, int year) {
        double scale = Math.pow(1 - YEARLY_GROWTH, LATEST_YEAR - year);
        int workers = (int) Math.round(latest.workers() * scale);
        int regular = (int) Math.round(latest.regular() * scale);
        int participating = (int) Math.round(latest.participating() * (1 - PARTICIPATION_GROWTH * (LATEST_YEAR - year)));
        long production = Math.round(workers * OUTPUT_PER_WORKER * scale / 1_000_000) * 1_000_000;
        return new LabourFigures(year, latest.households(), participating, workers, regular, production,
                production * 85 / 100);
    }

    private static List<CSVRecord> villages() {
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/hoa-binh-villages.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
