package vn.langnghe.criteria;

/**
 * A reviewer's judgement on a criterion that cannot be computed (e.g. T2 cultural identity).
 *
 * @param passed whether the reviewer found the criterion met
 * @param reason the reviewer's reason, shown in the explanation; may be {@code null}
 */
public record Finding(boolean passed, String reason) {
}
