package vn.langnghe.village.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.langnghe.criteria.Title;
import vn.langnghe.village.EntryKind;
import vn.langnghe.village.LabourReport;
import vn.langnghe.village.RegistryEntry;
import vn.langnghe.village.RegistryRow;
import vn.langnghe.village.RegistryStatus;
import vn.langnghe.village.ReviewFlag;

/** A registry entry as the API shows it. */
record VillageJson(Long id, EntryKind kind, String name, Title title, RegistryStatus status, Integer activityGroup,
        String craft, String commune, String communeBefore2025, String districtBefore2025, String province,
        LocalDate recognisedOn, String decisionNumber) {

    static VillageJson of(RegistryRow row) {
        return new VillageJson(row.id(), row.kind(), row.name(), row.title(), row.status(), row.activityGroup(),
                row.craft(), row.commune(), row.communeBefore2025(), row.districtBefore2025(), row.province(),
                row.recognisedOn(), row.decisionNumber());
    }

    record Page(List<VillageJson> items, long total) {
    }

    /** One entry with its yearly figures and the review flags of its last full year. */
    record Detail(VillageJson village, List<String> hamlets, Long villageId, LocalDate revokedOn,
            String revocationDecisionNumber, String revocationReason, Set<ReviewFlag> reviewFlags,
            List<Report> reports) {

        static Detail of(RegistryRow row, RegistryEntry entry, Set<ReviewFlag> flags, List<LabourReport> reports) {
            return new Detail(VillageJson.of(row), entry.getHamlets(), entry.getVillageId(), entry.getRevokedOn(),
                    entry.getRevocationDecisionNumber(), entry.getRevocationReason(), flags,
                    reports.stream().map(Report::of).toList());
        }
    }

    record Workers(Integer total, Integer regular) {
    }

    record Report(int year, int revision, boolean current, int totalHouseholds, int participatingHouseholds,
            double participationPercent, Workers workers, long productionValue, long revenue, boolean illustrative,
            String filedBy, Instant filedAt) {

        static Report of(LabourReport r) {
            return new Report(r.getYear(), r.getRevision(), r.isCurrent(), r.getTotalHouseholds(), r.getParticipatingHouseholds(),
                    Math.round(r.participationPercent() * 10) / 10.0, new Workers(r.getWorkersTotal(),
                            r.getWorkersRegular()), r.getProductionValue(), r.getRevenue(), r.isIllustrative(),
                    r.getFiledBy(), r.getFiledAt());
        }
    }
}
