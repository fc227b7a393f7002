package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review flags of a recognised village at their boundaries (docs/domain.md §3 step 7). */
class ReviewRuleTest {

    private static final ReviewSettings DEFAULTS = new ReviewSettings(true, 20, true);

    @ParameterizedTest(name = "{0} of {1} households → flagged: {2}")
    @CsvSource({
            "1, 5, false",
            "20, 100, false",
            "2000, 10000, false",
            "1999, 10000, true",
            "19, 100, true",
            "0, 100, true",
            "100, 100, false"
    })
    void flagsParticipationBelowTwentyPercentExactly(int participating, int total, boolean flagged) {
        assertThat(new ReviewRule(DEFAULTS).flags(report(total, participating, 1_000_000)))
                .as("%d of %d", participating, total)
                .containsExactlyInAnyOrderElementsOf(flagged ? java.util.Set.of(ReviewFlag.LOW_PARTICIPATION)
                        : java.util.Set.of());
    }

    @Test
    void flagsAMissingReport() {
        assertThat(new ReviewRule(DEFAULTS).flags(null)).containsExactly(ReviewFlag.MISSING_REPORT);
    }

    @ParameterizedTest(name = "production {0} → flagged: {1}")
    @CsvSource({"0, true", "1, false", "500000000, false"})
    void flagsAYearWithoutProduction(long production, boolean flagged) {
        assertThat(new ReviewRule(DEFAULTS).flags(report(100, 50, production)).contains(ReviewFlag.NO_PRODUCTION))
                .isEqualTo(flagged);
    }

    @Test
    void theProvinceSetsTheRule() {
        ReviewRule lenient = new ReviewRule(new ReviewSettings(false, 0, false));
        assertThat(lenient.flags(null)).isEmpty();
        assertThat(lenient.flags(report(100, 0, 0))).isEmpty();

        ReviewRule strict = new ReviewRule(new ReviewSettings(true, 30, true));
        assertThat(strict.flags(report(100, 29, 1))).containsExactly(ReviewFlag.LOW_PARTICIPATION);
        assertThat(strict.flags(report(100, 30, 1))).isEmpty();
    }

    @Test
    void reportsEveryFlagAtOnce() {
        assertThat(new ReviewRule(DEFAULTS).flags(report(100, 10, 0)))
                .containsExactlyInAnyOrder(ReviewFlag.LOW_PARTICIPATION, ReviewFlag.NO_PRODUCTION);
    }

    private static LabourReport report(int total, int participating, long production) {
        return new LabourReport(1L, 1, new LabourFigures(2025, total, participating, 10, 5, production, production),
                false, "test", Instant.EPOCH);
    }
}
