package vn.langnghe.council;

/** A round opened for votes; published inside the opening transaction so the votes start with it. */
public record CouncilRoundOpened(Long roundId) {
}
