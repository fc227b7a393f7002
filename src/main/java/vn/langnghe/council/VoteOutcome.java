package vn.langnghe.council;

/** A member's answer on one dossier; a recusal (conflict of interest) is not a vote. */
public enum VoteOutcome {
    AGREE,
    DISAGREE,
    RECUSE
}
