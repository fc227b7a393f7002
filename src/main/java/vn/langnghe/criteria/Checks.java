package vn.langnghe.criteria;

import static vn.langnghe.criteria.CriterionStatus.FAILED;
import static vn.langnghe.criteria.CriterionStatus.NEEDS_REVIEW;
import static vn.langnghe.criteria.CriterionStatus.PASSED;
import static vn.langnghe.criteria.CriterionStatus.WAIVED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The kinds of criterion check, shared by every rule set and parameterised by code, threshold and provision. */
final class Checks {

    private final Messages messages;

    Checks(Messages messages) {
        this.messages = messages;
    }

    /** T1: the craft has been present for more than {@code moreThanYears}, counted in calendar years. */
    CriterionResult craftAge(String code, String article, LocalDate applicationDate, Integer sinceYear,
                             int moreThanYears) {
        String threshold = messages.text("threshold.moreThan", messages.years(moreThanYears));
        if (sinceYear == null) {
            return missing(code, threshold, article, messages.text("missing.craftSinceYear"));
        }
        int year = applicationDate.getYear();
        if (sinceYear > year) {
            return missing(code, threshold, article,
                    messages.text("invalid.craftSinceYear", Messages.year(sinceYear), Messages.year(year)));
        }
        int age = year - sinceYear;
        boolean passed = age > moreThanYears;
        String detail = messages.text(passed ? "detail.craftAge.passed" : "detail.craftAge.failed",
                Messages.year(sinceYear), Messages.year(year), messages.years(age), messages.years(moreThanYears));
        return decided(code, passed, messages.text("value.craftAge", messages.years(age), Messages.year(sinceYear)),
                threshold, article, detail);
    }

    /** V1: participating ÷ total ≥ {@code minimumPercent}, decided in exact integer arithmetic. */
    CriterionResult householdShare(String code, String article, Integer participating, Integer total,
                                   int minimumPercent) {
        String minimum = messages.text("value.percent", messages.integer(minimumPercent));
        String threshold = messages.text("threshold.atLeast", minimum);
        String problem = householdProblem(participating, total);
        if (problem != null) {
            return missing(code, threshold, article, problem);
        }
        boolean passed = (long) participating * 100 >= (long) total * minimumPercent;
        String share = messages.text("value.percent",
                messages.decimal(displayedShare(participating, total, minimumPercent)));
        String detail = messages.text(passed ? "detail.share.passed" : "detail.share.failed",
                messages.integer(participating), messages.integer(total), share, minimum);
        return decided(code, passed, share, threshold, article, detail);
    }

    /**
     * The share in percent with one decimal (half up), or with two decimals rounded down when one
     * decimal would make a failing share read as reaching the threshold (19.99 % must not read
     * "20,0 %"). A passing share never rounds below an integer threshold, so it keeps one decimal.
     */
    static BigDecimal displayedShare(long participating, long total, int minimumPercent) {
        BigDecimal scaled = BigDecimal.valueOf(participating * 100);
        BigDecimal divisor = BigDecimal.valueOf(total);
        BigDecimal oneDecimal = scaled.divide(divisor, 1, RoundingMode.HALF_UP);
        boolean passed = participating * 100 >= total * minimumPercent;
        if (passed || oneDecimal.compareTo(BigDecimal.valueOf(minimumPercent)) < 0) {
            return oneDecimal;
        }
        return scaled.divide(divisor, 2, RoundingMode.FLOOR);
    }

    private String householdProblem(Integer participating, Integer total) {
        if (participating == null && total == null) {
            return messages.text("missing.households");
        }
        if (total == null) {
            return messages.text("missing.totalHouseholds");
        }
        if (participating == null) {
            return messages.text("missing.participatingHouseholds");
        }
        if (participating < 0 || total < 0) {
            return messages.text("invalid.negativeHouseholds");
        }
        if (total == 0) {
            return messages.text("missing.zeroHouseholds");
        }
        if (participating > total) {
            return messages.text("invalid.moreParticipantsThanHouseholds",
                    messages.integer(participating), messages.integer(total));
        }
        return null;
    }

    /**
     * V2: consecutive years with a production value above zero, counted back from the last full
     * calendar year before the application; later (partial) years are ignored.
     */
    CriterionResult stableProduction(String code, String article, LocalDate applicationDate,
                                     List<YearlyProduction> production, int minimumYears) {
        String threshold = messages.text("threshold.consecutiveYears", messages.integer(minimumYears));
        if (production.isEmpty()) {
            return missing(code, threshold, article, messages.text("missing.production"));
        }
        Map<Integer, Long> valueByYear = production.stream()
                .collect(Collectors.toMap(YearlyProduction::year, YearlyProduction::value, Long::sum));
        int lastFullYear = applicationDate.getYear() - 1;
        int streak = 0;
        while (valueByYear.getOrDefault(lastFullYear - streak, 0L) > 0) {
            streak++;
        }
        int breakYear = lastFullYear - streak;
        String interruption = messages.text(valueByYear.containsKey(breakYear) ? "break.noValue" : "break.noFigures",
                Messages.year(breakYear));
        String range = streak == 0 ? "" : messages.yearRange(breakYear + 1, lastFullYear);
        boolean passed = streak >= minimumYears;
        String value = switch (streak) {
            case 0 -> messages.text("value.streak.none");
            case 1 -> messages.text("value.streak.one", range);
            default -> messages.text("value.streak.many", messages.integer(streak), range);
        };
        String detail;
        if (passed) {
            detail = messages.text("detail.streak.passed", messages.integer(streak), range,
                    messages.integer(minimumYears));
        } else if (streak == 0) {
            detail = messages.text("detail.streak.none", interruption, messages.integer(minimumYears),
                    Messages.year(lastFullYear));
        } else {
            detail = messages.text("detail.streak.failed", messages.integer(streak), range,
                    messages.integer(minimumYears), interruption);
        }
        return decided(code, passed, value, threshold, article, detail);
    }

    /** A criterion left to the reviewer: needs review until there is a finding. */
    CriterionResult judgement(String code, String article, Finding finding) {
        String requirement = messages.text("requirement." + code);
        if (finding == null) {
            return new CriterionResult(code, NEEDS_REVIEW, messages.text("value.judgement.pending"), requirement,
                    article, messages.text("judgement.pending", requirement, article));
        }
        String verdict = finding.passed() ? "passed" : "failed";
        String reason = sentenceBody(finding.reason());
        String explanation = reason == null
                ? messages.text("judgement." + verdict, article)
                : messages.text("judgement." + verdict + "WithReason", reason, article);
        return new CriterionResult(code, finding.passed() ? PASSED : FAILED,
                messages.text("value.judgement." + verdict), requirement, article, explanation);
    }

    /** LNTT for a village that already has a recognised traditional craft. */
    CriterionResult craftAlreadyRecognised(String article) {
        return new CriterionResult("LNTT", PASSED, messages.text("value.lntt.recognised"),
                messages.text("threshold.lntt"), article,
                messages.text("explanation.passed", messages.text("detail.lntt.recognised"), article));
    }

    /** LNTT for a village whose craft is assessed in the same dossier: follows the craft criteria. */
    CriterionResult craftAssessedInDossier(List<CriterionResult> craftCriteria, String article) {
        CriterionStatus status = worst(craftCriteria);
        String explanation = switch (status) {
            case FAILED -> messages.text("explanation.failed",
                    messages.text("detail.lntt.failed", codesWith(craftCriteria, FAILED)), article);
            case NEEDS_REVIEW -> messages.text("lntt.pending", codesWith(craftCriteria, NEEDS_REVIEW), article);
            default -> messages.text("explanation.passed",
                    messages.text("detail.lntt.passed", codesWith(craftCriteria, PASSED)), article);
        };
        return new CriterionResult("LNTT", status, messages.text("value.lntt.assessed"),
                messages.text("threshold.lntt"), article, explanation);
    }

    /** A failed criterion the village is exempt from, citing the exempting provision. */
    CriterionResult waived(CriterionResult failed, String exemptingArticle) {
        return new CriterionResult(failed.code(), WAIVED, failed.value(), failed.threshold(), failed.article(),
                messages.text("explanation.waived", failed.explanation(), exemptingArticle));
    }

    /** Not eligible if anything failed, else needs review if anything is open, else eligible. */
    static Outcome outcome(List<CriterionResult> results) {
        return switch (worst(results)) {
            case FAILED -> Outcome.NOT_ELIGIBLE;
            case NEEDS_REVIEW -> Outcome.NEEDS_REVIEW;
            default -> Outcome.ELIGIBLE;
        };
    }

    /** FAILED before NEEDS_REVIEW before PASSED; WAIVED counts as PASSED. */
    private static CriterionStatus worst(List<CriterionResult> results) {
        if (results.stream().anyMatch(result -> result.status() == FAILED)) {
            return FAILED;
        }
        if (results.stream().anyMatch(result -> result.status() == NEEDS_REVIEW)) {
            return NEEDS_REVIEW;
        }
        return PASSED;
    }

    private static String codesWith(List<CriterionResult> results, CriterionStatus status) {
        return results.stream().filter(result -> result.status() == status)
                .map(CriterionResult::code).collect(Collectors.joining(", "));
    }

    private CriterionResult decided(String code, boolean passed, String value, String threshold, String article,
                                    String detail) {
        return new CriterionResult(code, passed ? PASSED : FAILED, value, threshold, article,
                messages.text(passed ? "explanation.passed" : "explanation.failed", detail, article));
    }

    private CriterionResult missing(String code, String threshold, String article, String explanation) {
        return new CriterionResult(code, NEEDS_REVIEW, messages.text("value.missing"), threshold, article, explanation);
    }

    /** The reviewer's reason without surrounding blanks or a final full stop, or null if blank. */
    private static String sentenceBody(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String trimmed = reason.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
