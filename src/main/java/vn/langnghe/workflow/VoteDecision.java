package vn.langnghe.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.langnghe.council.VoteOutcome;

/** A council member's ballot: agree, disagree or recuse, a written opinion (the reason, for a recusal) and optional remarks per criterion. */
public record VoteDecision(VoteOutcome outcome, String opinion, Map<String, String> remarks) implements TaskDecision {

    public VoteDecision {
        Map<String, String> kept = new LinkedHashMap<>();
        if (remarks != null) {
            remarks.forEach((criterion, remark) -> {
                if (criterion != null && remark != null) {
                    kept.put(criterion, remark);
                }
            });
        }
        remarks = Collections.unmodifiableMap(kept);
    }

    @Override
    public Step step() {
        return Step.COUNCIL_VOTE;
    }
}
