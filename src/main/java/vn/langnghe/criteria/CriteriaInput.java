package vn.langnghe.criteria;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures and judgements a criteria check works on. Figures not yet entered are {@code null};
 * the criteria that need them then come out as {@link CriterionStatus#NEEDS_REVIEW}.
 *
 * @param title                         the title applied for; required
 * @param applicationDate               the date of the application; required, it chooses the rule set
 * @param totalHouseholds               households of the area, or {@code null}
 * @param participatingHouseholds       households taking part in rural trades, or {@code null}
 * @param production                    production value per year; {@code null} becomes empty
 * @param craftSinceYear                the year the craft appeared in the locality, or {@code null}
 * @param hasRecognisedTraditionalCraft whether the village already has a recognised traditional craft
 * @param findings                      reviewer judgements keyed by criterion code ("T2", "T3", "V3",
 *                                      "V4"); {@code null} becomes empty
 */
public record CriteriaInput(Title title, LocalDate applicationDate,
                            Integer totalHouseholds, Integer participatingHouseholds,
                            List<YearlyProduction> production, Integer craftSinceYear,
                            boolean hasRecognisedTraditionalCraft,
                            Map<String, Finding> findings) {

    /** Normalises absent lists and maps to empty ones and drops {@code null} entries. */
    public CriteriaInput {
        production = production == null ? List.of()
                : production.stream().filter(Objects::nonNull).toList();
        Map<String, Finding> copy = new LinkedHashMap<>();
        if (findings != null) {
            findings.forEach((code, finding) -> {
                if (code != null && finding != null) {
                    copy.put(code, finding);
                }
            });
        }
        findings = Collections.unmodifiableMap(copy);
    }
}
