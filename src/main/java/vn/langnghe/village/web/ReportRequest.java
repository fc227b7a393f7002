package vn.langnghe.village.web;

import java.util.Map;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.village.LabourFigures;

/** The JSON a commune sends for a yearly report; workers nest as in the dossier API. */
record ReportRequest(Integer year, Integer totalHouseholds, Integer participatingHouseholds,
        VillageJson.Workers workers, Long productionValue, Long revenue) {

    private static final Map<String, String> JSON_PATHS = Map.of("workersTotal", "workers.total",
            "workersRegular", "workers.regular");

    LabourFigures toFigures() {
        return new LabourFigures(year, totalHouseholds, participatingHouseholds,
                workers == null ? null : workers.total(), workers == null ? null : workers.regular(),
                productionValue, revenue);
    }

    /** The same refusal, with field names as this JSON spells them. */
    static InvalidInputException inJsonTerms(InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> new Problem(JSON_PATHS.getOrDefault(p.field(), p.field()), p.messageKey(), p.arguments()))
                .toList());
    }
}
