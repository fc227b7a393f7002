package vn.langnghe.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.Title;

/** What submitting needs, by title (Decree 52/2018 Art. 6; docs/domain.md §2). A draft may lack any of it. */
final class DossierRequirements {

    private DossierRequirements() {
    }

    /** Everything missing before the dossier can be submitted, empty when it is complete. */
    static List<Problem> missing(Dossier dossier, Set<AttachmentKind> attached) {
        List<Problem> missing = new ArrayList<>();
        Title title = dossier.getTitle();
        boolean craftPart = title == Title.TRADITIONAL_CRAFT
                || (title == Title.TRADITIONAL_CRAFT_VILLAGE && !dossier.isCraftAlreadyRecognised());
        boolean villagePart = title != Title.TRADITIONAL_CRAFT;
        require(missing, "villageName", dossier.getVillageName());
        require(missing, "craft", dossier.getCraft());
        require(missing, "activityGroup", dossier.getActivityGroup());
        require(missing, "contactName", dossier.getContactName());
        require(missing, "contactPhone", dossier.getContactPhone());
        if (craftPart) {
            require(missing, "craftSinceYear", dossier.getCraftSinceYear());
        }
        if (villagePart) {
            if (dossier.getHamlets().isEmpty()) {
                missing.add(Problem.of("hamlets", "dossier.missing.hamlets"));
            }
            require(missing, "totalHouseholds", dossier.getTotalHouseholds());
            require(missing, "participatingHouseholds", dossier.getParticipatingHouseholds());
            require(missing, "workersTotal", dossier.getWorkersTotal());
            require(missing, "workersRegular", dossier.getWorkersRegular());
            if (dossier.getProduction().size() < 2) {
                missing.add(Problem.of("production", "dossier.missing.production"));
            }
        }
        for (AttachmentKind kind : AttachmentKind.required(title, dossier.isCraftAlreadyRecognised(),
                dossier.isVillageAlreadyRecognised())) {
            if (!attached.contains(kind)) {
                missing.add(Problem.of("attachments." + kind.name(), "dossier.missing.document." + kind.name()));
            }
        }
        return missing;
    }

    private static void require(List<Problem> missing, String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            missing.add(Problem.of(field, "dossier.missing." + field));
        }
    }
}
