package vn.langnghe.council;

import java.util.List;

/**
 * What sets up a round: its name, the members (usernames of council members), the chair among them, and
 * optionally its own quorum (members who must vote) and threshold (percentage of those present that must be
 * exceeded); the province's settings fill in what is missing.
 */
public record RoundRequest(String name, List<String> members, String chair, Integer quorum, Integer threshold) {
}
