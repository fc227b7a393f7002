package vn.langnghe.village;

import java.util.Map;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierPipeline;

/**
 * The dashboard's figures for one year: entries whose title was in force at the end of the year, the
 * current reports of that year, the dossiers in the pipeline now and the decisions taken that year.
 */
public record RegistryStats(int year, Recognised recognised, Workers workers, Households households,
        Map<String, Long> pipeline, DossierPipeline.Timeliness decisions, long atRisk) {

    /** {@code byTitle} has every title (zero when none); the other breakdowns only what occurs. */
    public record Recognised(long total, Map<Title, Long> byTitle, Map<Integer, Long> byActivityGroup,
            Map<String, Long> byCommune) {
    }

    public record Workers(long total, long regular) {
    }

    public record Households(long total, long participating) {
    }
}
