package vn.langnghe.council;

/** The chair closes an open round with a quorum present; published inside the closing transaction. */
public record CouncilCloseRequested(Long roundId) {
}
