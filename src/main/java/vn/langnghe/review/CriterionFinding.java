package vn.langnghe.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The reviewer's word on one criterion. For an automatic criterion it confirms or disputes the computed
 * result ({@code automatic} true); a dispute, like every judgement, needs a reason.
 */
@Embeddable
public record CriterionFinding(@Column(name = "code", nullable = false) String code,
        @Column(name = "passed", nullable = false) boolean passed,
        @Column(name = "reason", length = 2000) String reason) {
}
