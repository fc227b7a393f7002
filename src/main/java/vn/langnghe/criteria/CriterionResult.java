package vn.langnghe.criteria;

/**
 * The result of one criterion, in the language the check was asked for.
 *
 * @param code        the criterion code: T1–T3, V1–V4 or LNTT
 * @param status      the result
 * @param value       what was found (e.g. "23,4 %"), or a "no data" text when the data is missing
 * @param threshold   what the law requires (e.g. "≥ 20 %")
 * @param article     the provision cited
 * @param explanation one sentence with the numbers, the threshold and the provision
 */
public record CriterionResult(String code, CriterionStatus status, String value, String threshold,
                              String article, String explanation) {
}
