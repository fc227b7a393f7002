package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriteriaInputTest {

    @Test
    void absentProductionAndFindingsBecomeEmpty() {
        CriteriaInput input = new CriteriaInput(Title.CRAFT_VILLAGE, LocalDate.of(2026, 1, 5), null, null, null, null,
                false, null);

        assertThat(input.production()).isEmpty();
        assertThat(input.findings()).isEmpty();
    }

    @Test
    void dropsNullEntriesAndCannotBeChangedAfterwards() {
        Map<String, Finding> findings = new HashMap<>();
        findings.put("T2", new Finding(true, null));
        findings.put("T3", null);
        CriteriaInput input = new CriteriaInput(Title.TRADITIONAL_CRAFT, LocalDate.of(2026, 1, 5), null, null,
                Arrays.asList(new YearlyProduction(2025, 1L), null), 1950, false, findings);
        findings.put("V3", new Finding(false, null));

        assertThat(input.production()).containsExactly(new YearlyProduction(2025, 1L));
        assertThat(input.findings()).containsOnlyKeys("T2");
        assertThatThrownBy(() -> input.findings().put("V3", new Finding(true, null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
