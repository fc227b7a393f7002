package vn.langnghe.village;

import java.util.Set;
import vn.langnghe.criteria.Title;

/**
 * The annual review flagged a recognised village and its revocation procedure started; the workflow starts
 * the process in the same transaction.
 *
 * @param communeId the commune the village belongs to now, whose officers answer the reviewer's questions
 */
public record RegistryReviewStarted(Long entryId, Long communeId, String villageName, Title title, int year,
        Set<ReviewFlag> flags) {
}
