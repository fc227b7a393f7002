package vn.langnghe.village;

import java.time.LocalDate;
import java.util.List;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierRecognised;
import vn.langnghe.identity.SignedInUser;

/** Registry data for the tests: the demo villages, and recognitions as the leader's decision announces them. */
public final class RegistryFixtures {

    /** Communes of V1__administrative_units.sql. */
    public static final long YEN_NGHIEP = 100;
    public static final long CHIENG_CHAU = 102;
    public static final long PHU_THANH = 107;
    public static final long LAM_SON = 108;
    public static final long PHU_LAI = 109;

    private RegistryFixtures() {
    }

    /** The first rows of a list the test has not counted: read from the start. */
    public static PageWindow firstRows(int limit) {
        return new PageWindow(0, limit, Long.MAX_VALUE);
    }

    /** The id of a demo village (loaded in every run but production), seen by a provincial user. */
    public static Long demoVillage(RegistryService registry, SignedInUser provincial, String name) {
        return registry.page(provincial, new RegistryFilter(name, null, null, null, null, null), firstRows(50))
                .stream().filter(r -> r.name().equals(name) && r.kind() == EntryKind.VILLAGE).findFirst()
                .orElseThrow().id();
    }

    public static DossierRecognised recognition(long commune, Title title, String village, int group, String craft,
            String decision, LocalDate on) {
        return new DossierRecognised(null, commune, title, null, village, List.of(village), group, craft, decision, on);
    }

    /** The same recognition for a village the registry already holds, as the dossier named it. */
    public static DossierRecognised recognitionOf(long commune, Long entryId, Title title, String village, int group,
            String craft, String decision, LocalDate on) {
        return new DossierRecognised(null, commune, title, entryId, village, List.of(village), group, craft, decision,
                on);
    }

    /** The village of the commune recorded under exactly this name (NFC bytes, case and tone marks included). */
    static RegistryEntry village(RegistryEntries entries, long commune, String name) {
        return entries.villagesOf(commune).stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    public static LabourFigures figures(int year, int total, int participating, int workers, int regular,
            long production) {
        return new LabourFigures(year, total, participating, workers, regular, production, production * 9 / 10);
    }
}
