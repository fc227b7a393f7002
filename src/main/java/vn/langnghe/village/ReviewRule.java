package vn.langnghe.village;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which review flags a recognised village earns from its report for the last full year. Pure: the same
 * rule is counted by the database for the dashboard ({@link RegistryStatistics}).
 */
public final class ReviewRule {

    private final ReviewSettings settings;

    public ReviewRule(ReviewSettings settings) {
        this.settings = settings;
    }

    /** The flags for a year's report; {@code report} is null when none was filed. Empty when all is well. */
    public Set<ReviewFlag> flags(LabourReport report) {
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        if (report == null) {
            if (settings.missingReport()) {
                flags.add(ReviewFlag.MISSING_REPORT);
            }
            return flags;
        }
        if (belowThreshold(report.getParticipatingHouseholds(), report.getTotalHouseholds())) {
            flags.add(ReviewFlag.LOW_PARTICIPATION);
        }
        if (settings.noProduction() && report.getProductionValue() == 0) {
            flags.add(ReviewFlag.NO_PRODUCTION);
        }
        return flags;
    }

    /** In whole numbers, so 20.0 % passes and 19.99 % fails exactly. */
    private boolean belowThreshold(long participating, long total) {
        return participating * 100 < total * settings.minimumParticipationPercent();
    }

    ReviewSettings settings() {
        return settings;
    }
}
