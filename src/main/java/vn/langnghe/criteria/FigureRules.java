package vn.langnghe.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.langnghe.common.Problem;

/**
 * The checks every set of village figures must pass before it is stored or assessed, whoever enters
 * it (the pre-check API, a dossier, a yearly report). Field names are the API's JSON paths.
 */
public final class FigureRules {

    /** No production figure or craft date before this year is believable. */
    public static final int EARLIEST_PRODUCTION_YEAR = 1800;
    /** Crafts may be centuries old (some villages date their craft to the 15th century). */
    public static final int EARLIEST_CRAFT_YEAR = 1000;
    public static final int MAX_HOUSEHOLDS = 1_000_000;

    private FigureRules() {
    }

    /** Regular workers are among the workers: a problem when there are more of them than workers in all. */
    public static List<Problem> workers(Integer total, Integer regular) {
        return total != null && total >= 0 && regular != null && regular > total
                ? List.of(Problem.of("workersRegular", "dossier.error.regularAboveTotal"))
                : List.of();
    }

    /** The problems with these figures, empty when they are consistent. Absent values are not problems. */
    public static List<Problem> check(LocalDate applicationDate, Integer totalHouseholds,
            Integer participatingHouseholds, List<YearlyProduction> production, Integer craftSinceYear) {
        List<Problem> problems = new ArrayList<>();
        int applicationYear = applicationDate.getYear();
        if (totalHouseholds != null && (totalHouseholds < 1 || totalHouseholds > MAX_HOUSEHOLDS)) {
            problems.add(Problem.of("totalHouseholds", "figures.error.totalHouseholds", MAX_HOUSEHOLDS));
        }
        if (participatingHouseholds != null && participatingHouseholds < 0) {
            problems.add(Problem.of("participatingHouseholds", "figures.error.negative"));
        } else if (participatingHouseholds != null && totalHouseholds != null && totalHouseholds >= 1
                && participatingHouseholds > totalHouseholds) {
            problems.add(Problem.of("participatingHouseholds", "figures.error.participatingAboveTotal",
                    participatingHouseholds, totalHouseholds));
        }
        if (craftSinceYear != null && (craftSinceYear < EARLIEST_CRAFT_YEAR || craftSinceYear > applicationYear)) {
            problems.add(Problem.of("craftSinceYear", "figures.error.craftSinceYear",
                    String.valueOf(EARLIEST_CRAFT_YEAR), String.valueOf(applicationYear)));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < production.size(); i++) {
            YearlyProduction figure = production.get(i);
            String field = "production[" + i + "]";
            if (figure.year() < EARLIEST_PRODUCTION_YEAR || figure.year() > applicationYear) {
                problems.add(Problem.of(field + ".year", "figures.error.productionYear",
                        String.valueOf(EARLIEST_PRODUCTION_YEAR), String.valueOf(applicationYear)));
            } else if (!seen.add(figure.year())) {
                problems.add(Problem.of(field + ".year", "figures.error.duplicateYear", String.valueOf(figure.year())));
            }
            if (figure.value() < 0) {
                problems.add(Problem.of(field + ".value", "figures.error.negative"));
            }
        }
        return problems;
    }
}
