package vn.langnghe.council;

/**
 * The votes on one dossier and what they decide. Members "present" for a dossier are those who voted on it;
 * a member who recused or did not vote is not counted. Integer arithmetic, so "more than half" is exact:
 * 2 of 4 is not a majority, 3 of 5 is.
 *
 * @param members the round's members
 */
public record Tally(int members, int agree, int disagree, int recused) {

    public Tally {
        if (agree < 0 || disagree < 0 || recused < 0 || agree + disagree + recused > members) {
            throw new IllegalArgumentException("Impossible tally " + agree + "/" + disagree + "/" + recused
                    + " of " + members);
        }
    }

    public int present() {
        return agree + disagree;
    }

    public int notVoted() {
        return members - agree - disagree - recused;
    }

    /**
     * @param quorum           members who must vote on the dossier for the result to count
     * @param thresholdPercent approval needs strictly more than this share of the members present
     */
    public CouncilResult result(int quorum, int thresholdPercent) {
        if (present() < quorum) {
            return CouncilResult.NO_QUORUM;
        }
        return agree * 100L > (long) thresholdPercent * present() ? CouncilResult.RECOMMENDED
                : CouncilResult.NOT_RECOMMENDED;
    }
}
