package vn.langnghe.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The vote arithmetic at its boundaries: quorum of those who voted, and strictly more than the threshold. */
class TallyTest {

    @ParameterizedTest(name = "{0} members, {1} agree, {2} disagree, {3} recused, quorum {4}, more than {5}% → {6}")
    @CsvSource({
            "4, 2, 2, 0, 3, 50, NOT_RECOMMENDED",
            "4, 3, 1, 0, 3, 50, RECOMMENDED",
            "5, 3, 2, 0, 4, 50, RECOMMENDED",
            "6, 3, 3, 0, 4, 50, NOT_RECOMMENDED",
            "3, 2, 0, 1, 2, 50, RECOMMENDED",
            "3, 1, 0, 2, 2, 50, NO_QUORUM",
            "3, 1, 1, 0, 2, 50, NOT_RECOMMENDED",
            "3, 0, 0, 0, 2, 50, NO_QUORUM",
            "9, 4, 1, 0, 6, 50, NO_QUORUM",
            "9, 6, 0, 0, 6, 50, RECOMMENDED",
            "3, 2, 1, 0, 2, 66, RECOMMENDED",
            "3, 2, 1, 0, 2, 67, NOT_RECOMMENDED",
            "10, 7, 3, 0, 7, 70, NOT_RECOMMENDED",
            "10, 8, 2, 0, 7, 70, RECOMMENDED",
    })
    void decides(int members, int agree, int disagree, int recused, int quorum, int threshold, CouncilResult expected) {
        assertThat(new Tally(members, agree, disagree, recused).result(quorum, threshold)).isEqualTo(expected);
    }

    @Test
    void exactlyHalfIsNotAMajority() {
        assertThat(new Tally(2, 1, 1, 0).result(2, 50)).isEqualTo(CouncilResult.NOT_RECOMMENDED);
        assertThat(new Tally(100, 50, 50, 0).result(67, 50)).isEqualTo(CouncilResult.NOT_RECOMMENDED);
        assertThat(new Tally(100, 51, 49, 0).result(67, 50)).isEqualTo(CouncilResult.RECOMMENDED);
    }

    @Test
    void countsWhoDidNotVote() {
        Tally tally = new Tally(7, 3, 1, 1);
        assertThat(tally.present()).isEqualTo(4);
        assertThat(tally.notVoted()).isEqualTo(2);
    }

    @Test
    void refusesMoreBallotsThanMembers() {
        assertThatThrownBy(() -> new Tally(3, 2, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(3, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} members → quorum {1}")
    @CsvSource({"1, 1", "2, 2", "3, 2", "4, 3", "5, 4", "6, 4", "7, 5", "9, 6"})
    void theDefaultQuorumIsTwoThirdsRoundedUp(int members, int quorum) {
        assertThat(new CouncilSettings(2, 3, 50, false).defaultQuorum(members)).isEqualTo(quorum);
    }
}
